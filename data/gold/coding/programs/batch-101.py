import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

NGA_ARMY = actor("Military forces of Nigeria", "Nigerian Army", "الجيش النيجيري", "القوات الجوية النيجيرية", "Nigerian Air Force")
BOKO = actor("Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS")

C["snn-8627ac3f0d39"] = []
C["ant-SK-economy-1200-20180815"] = []
C["snn-79be281aa743"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-03"), loc("Bama", "NG", 11.52, 13.69, 50),
       NGA_ARMY, BOKO),
    ev("government_regains_territory", ("2015-07-31", "2015-08-03"), loc("Bama", "NG", 11.52, 13.69, 50),
       NGA_ARMY, BOKO, optional=True),
    ev("arrests", ("2015-07-31", "2015-08-03"), loc("Bama", "NG", 11.52, 13.69, 50),
       NGA_ARMY, BOKO),
    ev("armed_clash", ("2015-07-31", "2015-08-03"), loc("Bita", "NG", 11.0, 13.5, 50),
       NGA_ARMY, BOKO),
    ev("air_drone_strike", ("2015-07-31", "2015-08-03"), loc("Bita", "NG", 11.0, 13.5, 50),
       NGA_ARMY, BOKO, optional=True),
]
C["snn-e1f13f362b0a"] = []
C["snn-97011de2cbc1"] = []

C["snn-9cd9351a050f"] = []
C["snn-2e96edd1eba2"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("West Bank", "PS", 32.0, 35.25, 60),
       actor("Israeli settlers", "المستوطنون الإسرائيليون", "المستوطنين", "Settlers"),
       actor("Civilians", "Palestinian civilians", "طفل فلسطيني", "المدنيين"), fatalities=1, optional=True),
]
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "المنظمة الارهابية والانفصالية", "قوات الدفاع الشعبي", "HPG", "People's Defence Forces")
TUR = actor("Military forces of Turkey", "Turkish Army", "الجيش التركي", "الدرك", "قوة الدرك", "Gendarmerie", "القوات الخاصة للدرك", "Turkish Gendarmerie")
C["snn-734f3b41664a"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-26"), loc("Lice", "TR", 38.4582, 40.6389, 25),
       PKK, TUR, fatalities=2, injured=4),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Northern Iraq", "IQ", None, None, 200),
       actor("Military forces of Turkey", "Turkish Air Force", "الجيش التركي"), PKK, optional=True),
    ev("armed_clash", ("2015-07-21", "2015-07-22"), loc("Ceylanpinar", "TR", 36.8472, 40.05, 25),
       PKK, actor("Police forces of Turkey", "Turkish Police", "شرطيين"), fatalities=2),
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Ceylanpinar", "TR", 36.8472, 40.05, 25),
       PKK, actor("Police forces of Turkey", "Turkish Police", "شرطيين"), fatalities=2, optional=True),
    ev("suicide_bomb", ("2015-07-18", "2015-07-22"), loc("Suruc", "TR", 36.9761, 38.4253, 25),
       None, actor("Civilians", "ناشطين مؤيدين للقضية الكردية", "Kurdish activists"), fatalities=32, injured=[90, 110], optional=True),
]
C["snn-4d44386e7536"] = []
MAR = actor("Police forces of Morocco", "Moroccan security forces", "Moroccan Ministry of Interior", "وزارة الداخلية", "السلطات المغربية")
CELL = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "خلية ارهابية", "متطرفتين")
C["snn-7ed00851b701"] = [
    ev("arrests", ("2015-07-22", "2015-07-24"), loc("Tangier", "MA", 35.7673, -5.7998, 25), MAR, CELL),
    ev("arrests", ("2015-07-17", "2015-07-21"), loc("Tangier", "MA", 35.7673, -5.7998, 25), MAR, CELL, optional=True),
    ev("arrests", ("2015-07-17", "2015-07-21"), loc("Bouznika", "MA", 33.7894, -7.1597, 25), MAR, CELL, optional=True),
    ev("arrests", ("2015-07-17", "2015-07-21"), loc("Khouribga", "MA", 32.8811, -6.9063, 25), MAR, CELL, optional=True),
    ev("arrests", ("2015-07-17", "2015-07-21"), loc("Tetouan", "MA", 35.5785, -5.3684, 25), MAR, CELL, optional=True),
]

C["snn-d5e3831735a4"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Asir Special Emergency Forces HQ)", "SA", 18.2164, 42.5053, 100),
       None, actor("Police forces of Saudi Arabia", "Saudi Special Emergency Forces", "قوة الطوارئ الخاصة", "قوات الطوارئ", "رجال الأمن", "منسوبي قوة الطوارئ الخاصة"),
       fatalities=15, injured=33),
]
C["ant-SK-middleEast-2857-20180712"] = []
C["snn-ca61b292c4c3"] = []
HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيون", "ميليشيات الحوثي", "الحوثي", "المتمردين", "الميليشيات الانقلابية")
C["ant-SK-middleEast-2107-20180602"] = [
    ev("armed_clash", ("2018-05-31", "2018-06-02"), loc("West Coast (Hodeidah)", "YE", 14.3, 43.1, 100),
       actor("Yemeni joint resistance forces", "قوات المقاومة اليمنية المشتركة", "المقاومة اليمنية", "Joint Forces", "Military forces of Yemen"), HOUTHI,
       fatalities=[1, 99], injured=[0, 99], optional=True),
    ev("peaceful_protest", ("2018-05-31", "2018-06-02"), loc("Yemen", "YE", None, None),
       actor("Protesters", "المواطنين"), None, optional=True),
]
C["ant-CN-internationalNews-569-20180906"] = []

C["ant-CN-middleEast-673-20180420"] = [
    ev("chemical_weapon", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       actor("Military forces of Syria", "Syrian regime", "النظام السوري", "النظام", "Syrian government forces"),
       actor("Civilians", "المدنيين", "المدنيين الأبرياء"), optional=True),
]
C["snn-19d56eb71c2f"] = []
C["snn-d30f9f718263"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"), loc("Jazan region villages", "SA", 17.2315, 42.6845, 100),
       HOUTHI, actor("Civilians", "القرى", "Civilians (Saudi Arabia)")),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"), loc("Najran", "SA", 17.4933, 44.1277, 100),
       HOUTHI, actor("Civilians", "المحلات التجارية", "Civilians (Saudi Arabia)")),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Saudi-Yemeni border front lines", "YE", None, None),
       actor("Military forces of Saudi Arabia", "القوات السعودية", "الأباتشي", "Saudi Army Aviation", "Saudi-led coalition"), HOUTHI, optional=True),
]
RES = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "مقاومة تهامة", "Tihama Resistance", "Southern Resistance")
C["snn-7b4aa58c9212"] = [
    ev("armed_clash", ("2015-07-30", "2015-07-31"), loc("Sanah, Al Dhale", "YE", 13.6957, 44.7314, 25),
       HOUTHI, RES, fatalities=22, injured=[10, 99]),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Al Hudaydah (Al-Khamsin street)", "YE", 14.7966, 42.9452, 25),
       RES, HOUTHI, fatalities=4, injured=2),
    ev("armed_clash", ("2015-07-30", "2015-07-30"), loc("Al Hudaydah", "YE", 14.7966, 42.9452, 25),
       RES, HOUTHI, fatalities=2, injured=2),
    ev("suicide_bomb", ("2015-07-31", "2015-07-31"), loc("Al Qatn", "YE", 15.8406, 48.4556, 25),
       actor("AQAP", "Al Qaeda in the Arabian Peninsula", "تنظيم القاعدة", "القاعدة", "تنظيم القاعدة في شبه جزيرة العرب", "انتحاري"),
       actor("Military forces of Yemen", "Hadi forces", "القوات الموالية للرئيس اليمني عبدربه منصور هادي", "المنطقة العسكرية الأولى", "جنود"),
       fatalities=9),
    ev("air_drone_strike", ("2015-06-01", "2015-06-30"), loc("Yemen", "YE", None, None),
       actor("Military forces of the United States", "US drone", "طائرة أميركية بلا طيار"), actor("AQAP", "Al Qaeda in the Arabian Peninsula", "القاعدة"),
       fatalities=1, optional=True),
]
EGY = actor("Military forces of Egypt", "Egyptian Armed Forces", "القوات المسلحة المصرية", "القوات المسلحة", "رجال القوات المسلحة")
SIN = actor("Islamic State - Sinai Province", "Wilayat Sinai", "Sinai Province", "العناصر الإرهابية", "إرهابيا", "الإرهابيين")
C["snn-9646406322ca"] = [
    ev("air_drone_strike", ("2015-07-19", "2015-07-20"), loc("Jabal al-Ulayqa, North Sinai", "EG", 31.0, 33.9, 75),
       EGY, SIN, fatalities=20),
    ev("armed_clash", ("2015-07-19", "2015-07-20"), loc("Jabal al-Ulayqa, North Sinai", "EG", 31.0, 33.9, 75),
       EGY, SIN, fatalities=20, optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-20"), loc("south of Sheikh Zuweid", "EG", 31.15, 34.11, 25),
       EGY, SIN, fatalities=[2, 99], optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-22"), loc("Sheikh Zuweid", "EG", 31.2163, 34.1107, 25),
       None, EGY, fatalities=3, injured=4),
    ev("armed_clash", ("2015-07-19", "2015-07-22"), loc("Al Mahdiya", "EG", 31.173, 34.2219, 25), EGY, SIN, optional=True),
    ev("armed_clash", ("2015-07-19", "2015-07-22"), loc("At Tuma", "EG", 31.17, 34.0871, 25), EGY, SIN, optional=True),
    ev("armed_clash", ("2015-07-19", "2015-07-22"), loc("Al Hamdin, south of Al Zawar'a", "EG", 31.15, 34.1, 25), EGY, SIN, fatalities=[2, 99], optional=True),
]

C["snn-4f00a3ce28a5"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9761, 38.4253, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم الدولة", "تنظيم داعش", "داعش"),
       actor("Civilians", "مركزا ثقافيا كرديا", "Kurdish activists", "المدنيين"),
       fatalities=[28, 32], injured=[90, 110]),
]
C["ant-SK-middleEast-3456-20180818"] = []
C["snn-13bbd9c12974"] = []
C["snn-131ca8605bd2"] = []
TUR_AF = actor("Military forces of Turkey", "Turkish Air Force", "الجيش التركي", "طائرات حربية تركية")
PKK2 = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مسلحين أكراد")
C["ant-SK-internationalNews-1906-20180602"] = [
    ev("air_drone_strike", ("2018-06-01", "2018-06-02"), loc("Tunceli", "TR", 39.0992, 39.5435, 100), TUR_AF, PKK2),
    ev("air_drone_strike", ("2018-06-01", "2018-06-02"), loc("Siirt", "TR", 37.9293, 41.9413, 100), TUR_AF, PKK2),
    ev("air_drone_strike", ("2018-06-01", "2018-06-02"), loc("Northern Iraq", "IQ", None, None), TUR_AF, PKK2, optional=True),
]

C["ant-SK-middleEast-2223-20180607"] = []
C["ant-SK-economy-1143-20180809"] = []
C["snn-f2f1276e3b07"] = []
C["snn-f7d13a960bc8"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Sawaber, Kuwait City (Imam al-Sadiq mosque)", "KW", 29.3747, 47.981, 25),
       actor("انتحاري", "Islamic State", "ISIS"), actor("Civilians", "المصلين", "Shia worshippers"),
       fatalities=26, injured=227, optional=True),
    ev("arrests", ("2015-06-26", "2015-07-14"), loc("Riqqa", "KW", 29.1458, 48.0947, 25),
       actor("Police forces of Kuwait", "الأجهزة الأمنية", "Kuwaiti security forces"), actor("السائق", "Islamic State", "ISIS"), optional=True),
]
C["snn-507ccd46907c"] = []

C["snn-7aa5406e9a3a"] = []
C["snn-10730226d6d8"] = []
C["ant-SK-middleEast-879-20180409"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-09"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       actor("Military forces of Syria", "Syrian regime", "النظام السوري", "الحكومة السورية", "Syrian government forces"),
       actor("Civilians", "المدنيين"), fatalities=[10, 99]),
]
C["ant-CN-middleEast-844-20180508"] = []
PROT_IQ = actor("Protesters", "Protesters (Iraq)", "المتظاهرين", "المتظاهرون", "نشطاء", "المواطنين")
C["snn-4b4655c21d72"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Baghdad (Tahrir Square)", "IQ", 33.3406, 44.4009, 25), PROT_IQ, None),
    ev("peaceful_protest", ("2015-08-06", "2015-08-07"), loc("Al Hillah, Babil", "IQ", 32.4637, 44.4196, 25), PROT_IQ, None),
    ev("peaceful_protest", ("2015-08-02", "2015-08-02"), loc("Al Hillah (Babil governorate building)", "IQ", 32.4637, 44.4196, 25), PROT_IQ, None),
    ev("peaceful_protest", ("2015-07-31", "2015-07-31"), loc("Baghdad", "IQ", 33.3406, 44.4009, 25), PROT_IQ, None, optional=True),
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Iraq (several provinces)", "IQ", None, None), PROT_IQ, None, optional=True),
]

C["ant-CN-internationalNews-61-20180303"] = []
C["snn-087bc33be2db"] = []
C["ant-CN-internationalNews-171-20180323"] = [
    ev("chemical_weapon", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.069, -1.795, 25),
       actor("Russia", "الفيدرالية الروسية", "روسيا", "Government of Russia"), actor("سيرغي سكريبال", "Sergei Skripal", "Civilians"),
       optional=True),
]
C["snn-6d8b1ff210b5"] = []
KSA_POL = actor("Police forces of Saudi Arabia", "Saudi police", "دوريات الأمن", "شرطة المنطقة الشرقية", "رجل أمن", "شرطة القطيف")
C["snn-a513b37ffc9c"] = [
    ev("armed_clash", ("2015-07-28", "2015-07-28"), loc("Al Jish, Qatif", "SA", 26.5133, 49.9917, 25),
       None, KSA_POL, fatalities=1),
    ev("arrests", ("2015-07-28", "2015-07-31"), loc("Qatif", "SA", 26.5654, 50.0089, 25),
       KSA_POL, None),
]

C["snn-199e84fba8e4"] = [
    ev("air_drone_strike", ("2015-07-19", "2015-07-20"), loc("Al Marisa, near Benghazi", "LY", 32.11, 20.15, 40),
       actor("Libyan National Army", "LNA", "القوات الجوية", "طائرات حربية", "جيش الحكومة المعترف بها دوليا", "Military forces of Libya (Tobruk)", "Haftar forces"),
       actor("سفينة", "مقاتلين", "Libya Dawn"), ),
]
IDF = actor("Military forces of Israel", "Israeli army", "IDF", "الجيش الإسرائيلي", "جيش الاحتلال", "الطيران الحربي الإسرائيلي", "مدفعية الاحتلال")
C["ant-CN-middleEast-1030-20180527"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-27", "2018-05-27"), loc("near Sufa crossing, between Rafah and Khan Yunis", "PS", 31.25, 34.31, 25),
       IDF, actor("Palestinians", "فلسطينيان", "الشابين", "Civilians", "Palestinian militants"), fatalities=2, injured=1),
    ev("remote_explosive_landmine_ied", ("2018-05-27", "2018-05-27"), loc("border fence east of Rafah and Khan Yunis", "PS", 31.30, 34.32, 25),
       None, IDF),
    ev("air_drone_strike", ("2018-05-26", "2018-05-27"), loc("west of Rafah", "PS", 31.30, 34.24, 25), IDF, None, fatalities=0, injured=0),
    ev("air_drone_strike", ("2018-05-26", "2018-05-27"), loc("west of Khan Yunis", "PS", 31.36, 34.28, 25), IDF, None, fatalities=0, injured=0),
    ev("violent_demonstration", ("2018-05-25", "2018-05-27"), loc("east of al-Maghazi camp", "PS", 31.41, 34.40, 25),
       actor("Rioters", "مجموعة من الشبان", "Palestinian rioters", "Protesters"), None, optional=True),
    ev("looting_property_destruction", ("2018-05-25", "2018-05-27"), loc("east of al-Maghazi camp", "PS", 31.41, 34.40, 25),
       actor("Rioters", "مجموعة من الشبان", "Palestinian rioters", "Protesters"), IDF, optional=True),
]
C["ant-SK-internationalNews-263-20180311"] = []
C["snn-46f2e84a6877"] = []
HOUTHI_S = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "مليشيات الحوثي", "الحوثي", "عناصر الرئيس المخلوع علي عبدالله صالح", "Saleh forces", "قوات التمرد الحوثي")
RES2 = actor("Popular Resistance", "المقاومة الشعبية", "رجال المقاومة الشعبية", "Military forces of Yemen (Hadi)")
C["snn-39d04c5e718f"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Jabal Sabr, Taiz", "YE", 13.53, 44.03, 25), HOUTHI_S, RES2, optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Al Dhabab, Taiz", "YE", 13.52, 43.95, 25), HOUTHI_S, RES2, optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Taiz city centre (Al-Arbaeen street)", "YE", 13.5783, 44.0177, 25), HOUTHI_S, RES2,
       fatalities=[0, 26], injured=[0, 61]),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Al Hudaydah", "YE", 14.7966, 42.9452, 25), RES2, HOUTHI_S, fatalities=2, injured=4),
]
C["ant-SK-internationalNews-2957-20180811"] = [
    ev("peaceful_protest", ("2018-08-10", "2018-08-10"), loc("Weizhou, Ningxia", "CN", 36.75, 105.6, 50),
       actor("Protesters", "Protesters (China)", "Hui Muslims", "آلاف المسلمين", "المسلمين", "الهوي"), None),
]
IRAN = actor("Iranian forces", "Quds Force", "IRGC", "فيلق القدس", "الحرس الثوري الإيراني", "القوات الإيرانية", "إيران", "Military forces of Iran")
IDF2 = actor("Military forces of Israel", "Israeli army", "IDF", "إسرائيل", "القبة الحديدية", "الضربات الإسرائيلية", "صواريخ إسرائيلية")
C["ant-SK-middleEast-1568-20180510"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights (Israeli bases)", "SY", 33.0, 35.75, 30),
       IRAN, actor("Military forces of Israel", "Israeli army", "IDF", "قواعد عسكرية إسرائيلية")),
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 30),
       IDF2, IRAN, optional=True),
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"), loc("Madinat al-Baath, Quneitra", "SY", 33.172, 35.8731, 25),
       IDF2, actor("Iranian forces", "Quds Force", "Military forces of Syria", "مواقع دفاع جوي سورية")),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Madinat al-Baath, Quneitra", "SY", 33.172, 35.8731, 25),
       IDF2, actor("Iranian forces", "Quds Force", "Military forces of Syria"), optional=True),
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"), loc("Syria (dozens of Iranian sites)", "SY", None, None),
       IDF2, actor("Iranian forces", "Quds Force", "Military forces of Syria"), optional=True),
    ev("air_drone_strike", ("2018-05-08", "2018-05-09"), loc("Al Kiswah", "SY", 33.3581, 36.2419, 25),
       IDF2, actor("Iranian forces", "Military forces of Syria")),
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-09"), loc("Al Kiswah", "SY", 33.3581, 36.2419, 25),
       IDF2, actor("Iranian forces", "Military forces of Syria"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-101.jsonl"))
