import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

POLISARIO = actor("Polisario Front", "POLISARIO", "البوليساريو", "جبهة البوليساريو")
MAR = ("2018-03-01", "2018-03-31")
C["ant-SK-middleEast-721-20180402"] = [
    ev("other", MAR, loc("Tifariti", "MA", 26.158, -10.567, 50), POLISARIO, None, optional=True),
    ev("other", MAR, loc("Bir Lahlou", "MA", 26.35, -9.58, 50), POLISARIO, None, optional=True),
    ev("other", MAR, loc("Mahbes", "MA", 27.42, -9.05, 50), POLISARIO, None, optional=True),
]
C["snn-adc58617d11a"] = []
C["ant-CN-middleEast-163-20180304"] = []
C["snn-4924be0d14b2"] = []
C["snn-88887e6f29c7"] = []

C["ant-CN-internationalNews-292-20180430"] = [
    ev("suicide_bomb", ("2018-04-30", "2018-04-30"), loc("Kabul (Shashdarak)", "AF", 34.528, 69.172, 25),
       None, actor("Civilians", "المدنيين", "صحفيين", "الصحفيون", "Journalists"), fatalities=25, injured=45),
]
TALIBAN = actor("Taliban", "طالبان", "حركة طالبان", "متمردا", "المتمردين")
AFSF = actor("Afghan security forces", "Military Forces of Afghanistan", "Police Forces of Afghanistan", "قوات الأمن الأفغانية", "قوات الأمن")
C["snn-8cfc65a0e4a4"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-25"), loc("Wardoj, Badakhshan", "AF", 36.75, 71.05, 50),
       TALIBAN, AFSF, fatalities=23, injured=18),
    ev("non_state_actor_overtakes_territory", ("2015-07-23", "2015-07-25"), loc("Wardoj, Badakhshan", "AF", 36.75, 71.05, 50),
       TALIBAN, AFSF, optional=True),
    ev("arrests", ("2015-07-23", "2015-07-25"), loc("Wardoj, Badakhshan", "AF", 36.75, 71.05, 50),
       AFSF, TALIBAN, optional=True),
    ev("armed_clash", ("2015-07-24", "2015-07-24"), loc("Almar, Faryab", "AF", 35.846, 64.531, 50),
       AFSF, TALIBAN, fatalities=18, injured=9),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Almar, Faryab", "AF", 35.846, 64.531, 50),
       AFSF, TALIBAN, optional=True),
]
C["snn-6d29c4b611e8"] = []
C["snn-a5ab7e545d0a"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-07"), loc("Brital", "LB", 33.934, 36.149, 25),
       actor("Lebanese Army", "Military Forces of Lebanon", "الجيش اللبناني"),
       actor("مجموعات إرهابية", "المجموعات المسلحة الإرهابية", "Unidentified Armed Group", "militants")),
]
C["snn-eadeb439f6c6"] = [
    ev("abduction_forced_disappearance", ("2015-07-17", "2015-07-20"), loc("Kefraya, West Bekaa", "LB", 33.671, 35.737, 25),
       None, actor("Civilians", "مواطنين تشيكيين", "التشيكيين", "Czech nationals", "صحافيون"), optional=True),
]

C["snn-e964c685ba81"] = [
    ev("abduction_forced_disappearance", ("2015-07-19", "2015-07-21"), loc("An Nawfaliyah", "LY", 30.778, 17.835, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "داعش ليبيا"),
       actor("Civilians", "مسيحيين أفارقة", "ثلاثة مسيحيين", "Christians")),
]
C["snn-136d1f7e2074"] = []
C["snn-521c6446c9ab"] = []
C["snn-f1964eefb193"] = [
    ev("peaceful_protest", ("2015-08-05", "2015-08-05"), loc("Sanaa", "YE", 15.464, 44.238, 25),
       actor("Protesters (Yemen)", "Protesters", "أهالي المختطفين", "الأسر اليمنية", "المحتجون"), None),
]
C["snn-7fd8e7fa8501"] = [
    ev("suicide_bomb", ("2015-07-17", "2015-07-22"), loc("Khan Bani Saad", "IQ", 33.566, 44.543, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"),
       actor("Civilians", "المدنيين"), fatalities=100),
]

C["ant-SK-middleEast-614-20180328"] = [
    ev("protest_with_intervention", ("2017-12-10", "2017-12-10"), loc("Dheisheh camp, Bethlehem", "PS", 31.693, 35.183, 25),
       actor("Protesters (Palestine)", "Protesters", "تلاميذ مدرسته", "مظاهرة سلمية"),
       actor("Military Forces of Israel", "Israeli forces", "IDF", "القوات الإسرائيلية", "الجنود الإسرائيليون"), optional=True),
]
IQP = actor("Protesters (Iraq)", "Protesters", "المتظاهرون", "آلاف العراقيين", "المحتجون", "المحتجين")
F = ("2018-07-27", "2018-07-27")
C["ant-SK-middleEast-3139-20180727"] = [
    ev("peaceful_protest", F, loc("Baghdad (Tahrir Square)", "IQ", 33.341, 44.401, 25), IQP, None),
    ev("peaceful_protest", F, loc("Basra", "IQ", 30.509, 47.780, 25), IQP, None),
    ev("peaceful_protest", F, loc("Nasiriyah", "IQ", 31.058, 46.257, 25), IQP, None),
    ev("peaceful_protest", F, loc("Najaf governorate", "IQ", 32.026, 44.346, 100), IQP, None),
    ev("peaceful_protest", F, loc("Maysan governorate", "IQ", 31.836, 47.145, 100), IQP, None),
]
C["ant-SK-middleEast-3868-20181014"] = []
C["snn-9d5046152eb8"] = [
    ev("peaceful_protest", ("2015-07-26", "2015-08-09"), loc("New Delhi (Parliament)", "IN", 28.617, 77.208, 25),
       actor("Indian National Congress", "INC", "Congress Party", "حزب المؤتمر", "حزب المؤتمر الوطني", "أعضاء البرلمان"), None, optional=True),
]
C["ant-SK-middleEast-584-20180327"] = [
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-27"), loc("Bart al-Anan district, al-Jawf", "YE", 16.893, 44.517, 50),
       actor("Military Forces of Yemen", "Yemeni army", "Government of Yemen (Hadi)", "قوات الجيش اليمني", "الفرق الهندسية", "الجيش الوطني"),
       actor("Houthis", "Ansar Allah", "مليشيات الحوثي", "مليشيات الحوثي الإيرانية")),
]

C["ant-SK-internationalNews-1842-20180529"] = [
    ev("attack", ("2018-05-28", "2018-05-29"), loc("Liege", "BE", 50.633, 5.567, 25),
       actor("رجل", "المهاجم", "المشتبه فيه", "Unidentified Gunman"),
       actor("Police Forces of Belgium", "رجلي شرطة", "Civilians"), fatalities=3, injured=[2, 3], optional=True),
]
C["snn-0245f7be9c51"] = []
C["snn-6faf9b8f563f"] = []
C["snn-dff893e66030"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Almar, Faryab", "AF", 35.846, 64.531, 50),
       None, actor("Civilians", "نساء وأطفال", "المدنيين", "Military Forces of Afghanistan"), fatalities=15, injured=38),
]
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثيين", "المتمردين الحوثيين", "الحوثيين")
C["snn-f71675ab5532"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-04"), loc("Al Anad air base, Lahij", "YE", 13.176, 44.765, 25),
       actor("Military Forces of Yemen", "Government of Yemen (Hadi)", "Popular Resistance", "الجيش الوطني", "المقاومة الشعبية"), HOU),
    ev("armed_clash", ("2015-08-03", "2015-08-04"), loc("Al Anad air base, Lahij", "YE", 13.176, 44.765, 25),
       actor("Military Forces of Yemen", "Government of Yemen (Hadi)", "Popular Resistance", "الجيش الوطني", "المقاومة الشعبية"), HOU, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-03-01", "2015-03-31"), loc("Al Anad air base, Lahij", "YE", 13.176, 44.765, 25),
       HOU, None, optional=True),
]

C["ant-SK-internationalNews-1489-20180509"] = []
C["ant-SK-internationalNews-928-20180413"] = []
C["snn-5f326dfff50d"] = [
    ev("disrupted_weapons_use", ("2015-07-29", "2015-07-31"), loc("Al-Harth sector, Jazan", "SA", 16.792, 43.150, 25),
       actor("Military Forces of Saudi Arabia", "القوات المسلحة", "حرس الحدود", "Saudi Border Guard"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي والمخلوع صالح", "Saleh forces")),
]
C["snn-8eae2976a8fc"] = [
    ev("mob_violence", ("2015-06-22", "2015-06-22"), loc("Majdal Shams", "SY", 33.270, 35.772, 25),
       actor("Druze militia", "جمهور غاضب من دروز البلدة", "الجمهور", "Rioters (Israel)", "Rioters"),
       actor("Civilians", "جريحين سوريين", "الجريحين السوريين", "Military Forces of Israel", "ضابط إسرائيلي"),
       fatalities=1, injured=[1, 2], optional=True),
]
C["snn-438e313bccc9"] = []

C["snn-d9f271c7b507"] = [
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Ceylanpinar, Sanliurfa", "TR", 36.847, 40.050, 25),
       None, actor("Police Forces of Turkey", "شرطيين", "الشرطيين", "الشرطيان"), fatalities=2, optional=True),
]
ISIS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش")
C["snn-a64306a13aa7"] = [
    ev("arrests", ("2015-07-28", "2015-07-30"), loc("Kuwait", "KW", 29.367, 47.974, 100),
       actor("Police Forces of Kuwait", "Government of Kuwait", "السلطات الكويتية", "وزارة الداخلية الكويتية"),
       actor("Islamic State", "ISIS", "Daesh", "خلية إرهابية", "تنظيم داعش", "داعش"), optional=True),
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Sawaber, Kuwait City", "KW", 29.375, 47.981, 25),
       ISIS, actor("Civilians", "المصلين", "Shia Muslim Group"), fatalities=27, injured=227, optional=True),
]
C["ant-CN-middleEast-662-20180418"] = []
C["ant-SK-internationalNews-3304-20181005"] = []
EGSF = actor("Police Forces of Egypt", "Military Forces of Egypt", "Egyptian security forces", "قوات الأمن", "القوات المصرية")
MIL = actor("إرهابيا", "العناصر الإرهابية", "المسلحين", "مسلحا", "Islamic State", "Wilayat Sinai", "Sinai Province", "militants")
C["ant-SK-middleEast-3107-20180724"] = [
    ev("armed_clash", ("2018-07-24", "2018-07-24"), loc("Al Arish", "EG", 31.132, 33.798, 25), EGSF, MIL, fatalities=13),
    ev("armed_clash", ("2018-07-08", "2018-07-12"), loc("Al Arish (al-Samran)", "EG", 31.132, 33.798, 25), EGSF, MIL, fatalities=11, optional=True),
]

EGPOL = actor("Police Forces of Egypt", "ضابطي شرطة", "ضابطي شرطة ومجندا", "تمركزا أمنيا", "Egyptian police")
C["snn-9fc479ecefc6"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Heliopolis, Cairo", "EG", 30.091, 31.324, 25),
       actor("Ajnad Misr", "أجناد مصر", "جماعة أجناد مصر"), EGPOL, fatalities=0, injured=[3, 4]),
    ev("disrupted_weapons_use", ("2015-08-10", "2015-08-10"), loc("Heliopolis, Cairo", "EG", 30.091, 31.324, 25),
       actor("Police Forces of Egypt", "خبراء المفرقعات", "Egyptian police"), actor("Ajnad Misr", "أجناد مصر")),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Suez", "EG", 29.974, 32.526, 25),
       actor("Police Forces of Egypt", "Egyptian police", "مجندي الشرطة"), actor("مسلح", "militants")),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Al Arish", "EG", 31.132, 33.798, 25),
       actor("مسلح", "militants", "Islamic State", "Wilayat Sinai"), actor("Police Forces of Egypt", "Military Forces of Egypt", "مدرعة"), optional=True),
]
C["snn-f6ef9fe25d23"] = [
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Sousse", "TN", 35.825, 10.637, 25),
       actor("متطرف", "Islamic State", "Unidentified Gunman"), actor("Civilians", "سائحا", "Tourists"), fatalities=39, optional=True),
]
IDF = actor("Military Forces of Israel", "Israeli forces", "قوات الاحتلال", "جيش الاحتلال الإسرائيلي", "قوات من جيش الاحتلال الإسرائيلي")
PAL = actor("Civilians (Palestine)", "Civilians", "فلسطينيين", "الفلسطينيين", "Palestinians")
C["snn-843f716aab56"] = [
    ev("arrests", ("2015-08-06", "2015-08-06"), loc("Hebron", "PS", 31.524, 35.088, 25), IDF, PAL),
    ev("arrests", ("2015-08-06", "2015-08-06"), loc("Nablus", "PS", 32.219, 35.266, 25), IDF, PAL),
    ev("arrests", ("2015-08-06", "2015-08-07"), loc("Qabatiya", "PS", 32.410, 35.281, 25), IDF, PAL),
    ev("arrests", ("2015-08-05", "2015-08-07"), loc("East Jerusalem", "PS", 31.778, 35.236, 25), IDF, actor("ثلاثة فتية", "Palestinians", "Civilians"), optional=True),
    ev("arrests", ("2015-08-05", "2015-08-07"), loc("West Bank", "PS", 31.95, 35.25, 70), IDF, PAL, optional=True),
    ev("peaceful_protest", ("2015-08-06", "2015-08-06"), loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.778, 35.236, 25),
       actor("Protesters (Palestine)", "المصلين المرابطين والمرابطات", "المصلين"), actor("Israeli settlers", "المستوطنين", "عصابات المستوطنين"), optional=True),
]
C["snn-8edbfa215db0"] = [
    ev("non_state_actor_overtakes_territory", ("2014-10-01", "2014-12-31"), loc("Al Hudaydah", "YE", 14.797, 42.945, 25),
       actor("Houthis", "Ansar Allah", "الحوثيون", "الحوثيين", "المسلحين الحوثيين", "جماعة الحوثي"), None, optional=True),
]
C["ant-SK-middleEast-394-20180318"] = []

C["ant-SK-internationalNews-3103-20180902"] = []
C["ant-SK-middleEast-2370-20180614"] = []
C["snn-7945f09d8ace"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-26", "2015-07-26"), loc("Al Arish (coastal road, al-Khulafa mosque)", "EG", 31.132, 33.798, 25),
       actor("الجماعات الإرهابية", "إرهابيون متطرفون", "Islamic State", "Wilayat Sinai"),
       actor("Police Forces of Egypt", "Central Security Forces", "الأمن المركزي", "جنود الأمن المركزي", "الجنود"), fatalities=0, injured=[16, 20]),
    ev("disrupted_weapons_use", ("2015-07-26", "2015-07-26"), loc("Al Arish (coastal road, al-Khulafa mosque)", "EG", 31.132, 33.798, 25),
       actor("Police Forces of Egypt", "قوات الأمن", "Egyptian security forces"), None),
    ev("armed_clash", ("2014-10-01", "2014-10-31"), loc("North Sinai", "EG", 31.132, 33.798, 100),
       actor("Ansar Bayt al-Maqdis", "أنصار بيت المقدس", "Wilayat Sinai", "Islamic State"), actor("Military Forces of Egypt", "عسكريا"),
       fatalities=30, optional=True),
]
HSAL = actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "ميليشيا الحوثيين", "الحوثيين", "Republican Guard", "الحرس الجمهوري", "Saleh forces")
RES = actor("Popular Resistance", "المقاومة الشعبية", "Military Forces of Yemen", "الجيش الوطني", "Government of Yemen (Hadi)")
C["snn-9219c7bcc35f"] = [
    ev("armed_clash", ("2015-08-02", "2015-08-03"), loc("Al-Sabaha, west Sanaa", "YE", 15.35, 44.13, 25),
       actor("Houthis", "Ansar Allah", "ميليشيا الحوثيين", "الحوثيين"),
       actor("Republican Guard", "الحرس الجمهوري", "الحرس الجمهوري الموالي للرئيس المخلوع علي صالح", "Saleh forces")),
    ev("other", ("2015-08-03", "2015-08-03"), loc("Green Zone, al-Anad front, Lahij", "YE", 13.176, 44.765, 40),
       HSAL, RES, optional=True),
    ev("government_regains_territory", ("2015-08-01", "2015-08-04"), loc("Green Zone, al-Anad front, Lahij", "YE", 13.176, 44.765, 40),
       RES, HSAL, optional=True),
    ev("disrupted_weapons_use", ("2015-07-28", "2015-08-04"), loc("al-Alam line, Aden/Abyan", "YE", 12.87, 45.20, 40),
       RES, HSAL, optional=True),
]
C["snn-eace87acfee9"] = []
SARIOT = actor("Rioters (Saudi Arabia)", "Rioters", "عمالة", "العمالة", "عدد من العمالة", "عمالة آسيوية", "Labour Group (Saudi Arabia)")
C["snn-b8596db965d0"] = [
    ev("violent_demonstration", ("2015-07-29", "2015-07-30"), loc("Riyadh (east)", "SA", 24.703, 46.822, 25), SARIOT, None),
    ev("mob_violence", ("2015-07-29", "2015-07-30"), loc("Riyadh (east)", "SA", 24.703, 46.822, 25), SARIOT, None, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-04.jsonl"))
