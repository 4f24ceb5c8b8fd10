import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- group 1
C["snn-be5aff8b721c"] = [
    ev("mob_violence", ("2015-06-01", "2015-06-30"), loc("Israel (Druze area, unspecified)", "IL", None, None),
       actor("Druze rioters", "مجموعة منهم", "أبناء الطائفة الدرزية", "الطائفة الدرزية", "Druze"),
       actor("Civilians", "جريحين", "الجرحى السوريين", "Syrian wounded"),
       fatalities=1, optional=True),
]
C["snn-8554418bf0e8"] = [
    ev("attack", ("2015-07-16", "2015-07-16"), loc("Chattanooga", "US", 35.0456, -85.3097, 25),
       actor("مسلح", "Gunman", "متطرفون في الداخل", "Homegrown extremists"),
       actor("مشاة البحرية الأميركية", "US Marines", "Military Forces of the United States", "US military"),
       fatalities=5, optional=True),
]
C["snn-801958a9cec1"] = [
    ev("air_drone_strike", ("2015-06-25", "2015-07-25"), loc("Eastern Afghanistan", "AF", 34.43, 70.45, 150),
       actor("طائرات من دون طيار", "US drone", "Military Forces of the United States"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Islamic State Khorasan", "حافظ سعيد خان"),
       optional=True),
    ev("armed_clash", ("2015-06-25", "2015-07-25"), loc("Eastern Afghanistan", "AF", 34.43, 70.45, 150),
       actor("طالبان", "حركة طالبان", "Taliban"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Islamic State Khorasan"),
       optional=True),
]
C["ant-SK-middleEast-349-20180317"] = [
    ev("air_drone_strike", ("2018-03-16", "2018-03-16"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("Turkey", "Military Forces of Turkey", "Turkish Armed Forces", "تركيا", "أنقرة", "غارة جوية تركية"),
       actor("Civilians", "المدنيين", "المستشفى الرئيسي"),
       fatalities=9),
    ev("shelling_artillery_missile_attack", ("2018-03-15", "2018-03-17"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("Turkey", "Military Forces of Turkey", "Turkish Armed Forces", "تركيا", "أنقرة"),
       actor("Civilians", "المدنيين"),
       optional=True),
]
C["snn-6e433f8ea1ca"] = []

# --- group 2
C["snn-199bdae856af"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-25"), loc("Diyarbakir province", "TR", 37.9136, 40.2172, 100),
       None,
       actor("Military Forces of Turkey", "Turkish Armed Forces", "Turkish army", "قافلة عسكرية", "جنديين تركيين", "الجيش التركي"),
       fatalities=2, injured=4),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Northern Iraq (PKK rear bases)", "IQ", 36.6, 44.5, 150),
       actor("Military Forces of Turkey", "Turkish Air Force", "الطيران الحربي التركي", "الجيش التركي"),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "عناصر حزب العمال الكردستاني"),
       optional=True),
]
C["snn-4f23c8232604"] = []
C["ant-SK-internationalNews-1724-20180522"] = []
C["snn-8427eaf5155a"] = [
    ev("peaceful_protest", ("2015-08-09", "2015-08-09"), loc("Latakia", "SY", 35.5313, 35.7909, 25),
       actor("Protesters (Syria)", "المعتصمون", "ألف سوري", "أكثر من ألف شخص", "Protesters"),
       None),
    ev("attack", ("2015-08-06", "2015-08-07"), loc("Latakia", "SY", 35.5313, 35.7909, 25),
       actor("سليمان هلال الأسد", "سليمان الأسد", "Suleiman al-Assad", "Pro-Government Militia"),
       actor("العقيد حسان الشيخ", "Hassan al-Sheikh", "Military Forces of Syria"),
       fatalities=1, optional=True),
]
C["ant-SK-internationalNews-2315-20180625"] = []

# --- group 3
C["snn-6fb9d1bee3b0"] = []
C["snn-19d2a8bc95a7"] = []
C["ant-SK-internationalNews-691-20180330"] = [
    ev("attack", ("2018-03-19", "2018-03-19"), loc("Ulm", "DE", 48.4011, 9.9876, 25),
       actor("4 سوريين", "Syrians", "Unidentified armed group", "Kurdish sympathisers"),
       actor("مصلى يؤمه مسلمون أتراك", "Turkish Muslims", "Civilians", "الأتراك"),
       fatalities=0, injured=0, optional=True),
    ev("arrests", ("2018-03-28", "2018-03-28"), loc("Ulm", "DE", 48.4011, 9.9876, 50),
       actor("السلطات الألمانية", "الشرطة الألمانية", "الشرطة", "Police Forces of Germany", "German police"),
       actor("4 سوريين", "المشتبه بهم", "Syrians"),
       optional=True),
]
C["ant-SK-internationalNews-1665-20180519"] = [
    ev("violent_demonstration", ("2018-05-16", "2018-05-16"), loc("Kazerun", "IR", 29.6192, 51.6535, 25),
       actor("المحتجون", "Rioters", "Protesters", "Rioters (Iran)", "Protesters (Iran)"),
       actor("الشرطة", "Police Forces of Iran", "Iranian police", "مركز للشرطة"),
       fatalities=2, injured=48),
    ev("peaceful_protest", ("2018-05-10", "2018-05-16"), loc("Kazerun", "IR", 29.6192, 51.6535, 25),
       actor("Protesters", "Protesters (Iran)", "الاحتجاجات السلمية"),
       None, optional=True),
]
C["ant-SK-internationalNews-621-20180327"] = [
    ev("mob_violence", ("2018-03-25", "2018-03-26"), loc("West Bengal", "IN", 23.3, 87.8, 150),
       actor("هندوس", "الهندوس", "Hindu Group (India)", "Hindus", "أنصار حزب رئيس الوزراء", "حزب بهاراتيا جاناتا", "BJP"),
       actor("مسلمين", "المسلمين", "Muslim Group (India)", "Muslims", "حزب معارض", "حزب مؤتمر ترينا مول", "Trinamool Congress", "AITC"),
       fatalities=3, injured=[10, 99]),
    ev("arrests", ("2018-03-25", "2018-03-27"), loc("West Bengal", "IN", 23.3, 87.8, 150),
       actor("الشرطة", "شرطة الولاية", "Police Forces of India"),
       None, optional=True),
]

# --- group 4
C["snn-4ec049f717f7"] = []
C["ant-SK-internationalNews-280-20180312"] = []
C["ant-SK-middleEast-3868-20181014"] = []
C["ant-SK-middleEast-3233-20180802"] = [
    ev("abduction_forced_disappearance", ("2018-07-06", "2018-07-06"), loc("Western Libya (water project)", "LY", None, None),
       actor("مسلحون", "Unidentified Armed Group (Libya)", "Gunmen"),
       actor("3 مهندسين فلبينيين وكوري جنوبي", "Civilians", "Foreign workers", "مواطن كوري جنوبي", "الفنيين الفلبينيين"),
       optional=True),
]
C["ant-SK-sport-597-20180406"] = []

# --- group 5
PKK = ("حزب العمال الكردستاني", "المتمردين الأكراد", "PKK", "Kurdistan Workers' Party", "مسلحون")
C["snn-8779e7ef8148"] = [
    ev("armed_clash", ("2015-07-30", "2015-07-30"), loc("Cinar", "TR", 37.7247, 40.4147, 25),
       actor(*PKK),
       actor("الشرطة التركية", "الشرطي", "Police Forces of Turkey", "Turkish police"),
       fatalities=[1, 4]),
    ev("attack", ("2015-07-30", "2015-07-30"), loc("Cinar", "TR", 37.7247, 40.4147, 25),
       actor(*PKK),
       actor("الشرطة التركية", "الشرطي", "Police Forces of Turkey", "Turkish police"),
       fatalities=[1, 4], optional=True),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Cizre", "TR", 37.3302, 42.1848, 25),
       actor("قوات الأمن", "Police Forces of Turkey", "Turkish security forces", "Military Forces of Turkey"),
       actor("حزب العمال الكردستاني", "عنصر من حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"),
       fatalities=1),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9761, 38.4253, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"),
       None, optional=True),
]
C["ant-SK-internationalNews-467-20180320"] = []
C["snn-a2b36cd18206"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-05", "2015-08-06"), loc("Abha (Special Emergency Forces HQ, Asir)", "SA", 18.2409, 42.5701, 100),
       None,
       actor("رجال الأمن", "قوات الطوارئ الخاصة", "Police Forces of Saudi Arabia", "Saudi Special Emergency Forces", "Saudi security forces"),
       fatalities=12),
    ev("suicide_bomb", ("2015-08-05", "2015-08-06"), loc("Abha (Special Emergency Forces HQ, Asir)", "SA", 18.2409, 42.5701, 100),
       None,
       actor("رجال الأمن", "قوات الطوارئ الخاصة", "Police Forces of Saudi Arabia", "Saudi Special Emergency Forces", "Saudi security forces"),
       fatalities=12, optional=True),
]
C["ant-SK-middleEast-975-20180412"] = [
    ev("air_drone_strike", ("2018-04-05", "2018-04-11"), loc("T4 (Tiyas) airbase", "SY", 34.5219, 37.6275, 25),
       actor("إسرائيل", "Israel", "Military Forces of Israel", "Israeli Air Force"),
       actor("Military Forces of Syria", "Iranian Revolutionary Guard Corps", "مستشارون إيرانيون", "Military Forces of Iran"),
       fatalities=14, optional=True),
]
C["ant-SK-internationalNews-3103-20180902"] = []

# --- group 6
HOUTHI = ("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "المتمردين", "الميليشيات المتمردة", "Houthis", "Ansar Allah", "Houthi rebels")
YGOV = ("قوات الجيش اليمني", "الجيش اليمني", "القوات الشرعية", "قوة عسكرية سودانية", "قوة سودانية", "تحالف دعم الشرعية", "التحالف",
        "Military Forces of Yemen", "Yemeni army", "Saudi-led coalition", "Arab Coalition", "Military Forces of Sudan", "Sudanese forces")
C["ant-SK-middleEast-3426-20180816"] = [
    ev("government_regains_territory", ("2018-08-14", "2018-08-16"), loc("Baqim", "YE", 17.3971, 43.4774, 25),
       actor(*YGOV), actor(*HOUTHI)),
    ev("armed_clash", ("2018-08-14", "2018-08-16"), loc("Baqim", "YE", 17.3971, 43.4774, 25),
       actor(*YGOV), actor(*HOUTHI), optional=True),
    ev("government_regains_territory", ("2018-08-01", "2018-08-16"), loc("Al Malahit", "YE", 16.7685, 43.2758, 25),
       actor(*YGOV), actor(*HOUTHI), optional=True),
]
C["snn-4d1fd46692be"] = [
    ev("air_drone_strike", ("2015-07-31", "2015-08-01"), loc("Zarakli", "IQ", 36.6167, 44.4114, 25),
       actor("الجيش التركي", "Military Forces of Turkey", "Turkish Air Force", "تركيا"),
       actor("Civilians", "سكان", "المواطنون", "مدنيين"),
       fatalities=None),
    ev("air_drone_strike", ("2015-07-24", "2015-08-02"), loc("Northern Iraq (PKK camps)", "IQ", 36.6, 44.5, 150),
       actor("الجيش التركي", "Military Forces of Turkey", "Turkish Air Force", "تركيا"),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"),
       optional=True),
]
C["snn-a615b079ce35"] = []
C["snn-bb353d5a62d1"] = [
    ev("change_to_group_activity", ("2015-08-07", "2015-08-10"), loc("Northern Aleppo countryside", "SY", 36.45, 37.15, 40),
       actor("جبهة النصرة", "النصرة", "Jabhat al-Nusra", "Al Nusra Front", "Nusra Front"),
       None, optional=True),
    ev("abduction_forced_disappearance", ("2015-07-01", "2015-07-31"), loc("Northern Syria", "SY", None, None),
       actor("جبهة النصرة", "النصرة", "Jabhat al-Nusra", "Al Nusra Front"),
       actor("مقاتلين سوريين دربتهم الولايات المتحدة", "Division 30", "New Syrian Force"),
       optional=True),
]
C["snn-b3f87bec8fb9"] = [
    ev("arrests", ("2015-08-07", "2015-08-07"), loc("Britel", "LB", 33.9342, 36.1494, 25),
       actor("الجيش اللبناني", "قوة من الجيش", "الجيش", "Military Forces of Lebanon", "Lebanese Army"),
       actor("فرحات علي فرحان إسماعيل", "مطلوبين", "عصابات", "kidnapping gang"),
       optional=True),
    ev("abduction_forced_disappearance", ("2015-08-04", "2015-08-05"), loc("Beqaa", "LB", 33.85, 35.9, 50),
       actor("مجهولين", "Unidentified Armed Group (Lebanon)", "مجهولون"),
       actor("مارك الحاج موسى", "Civilians"),
       optional=True),
    ev("abduction_forced_disappearance", ("2015-07-17", "2015-07-18"), loc("Kefraiya", "LB", 33.6675, 35.7328, 25),
       actor("مجهولون", "Unidentified Armed Group (Lebanon)"),
       actor("خمسة تشيكيين", "Czech nationals", "Civilians"),
       optional=True),
    ev("arrests", ("2015-07-25", "2015-08-08"), loc("Lebanon", "LB", None, None),
       actor("المديرية العامة للأمن العام", "الأمن العام", "General Security (Lebanon)", "Police Forces of Lebanon"),
       actor("جبهة النصرة", "Jabhat al-Nusra", "مجموعة الإرهابيين أسامة منصور وشادي المولوي", "Islamic State"),
       optional=True),
]

# --- group 7
C["snn-96f0cd748e93"] = [
    ev("armed_clash", ("2015-06-10", "2015-08-09"), loc("Gogrial, Warrap", "SS", 8.53, 28.10, 75),
       actor("دينكا أبوك", "عشيرتي دينكا أبوك", "Dinka Apuk Communal Militia", "Dinka Apuk"),
       actor("دينكا نقوك", "Dinka Ngok Communal Militia", "Dinka Ngok"),
       optional=True),
]
C["ant-SK-internationalNews-2611-20180712"] = []
C["snn-da53b2802f4e"] = []
C["ant-SK-middleEast-3638-20180911"] = []
C["ant-CN-middleEast-308-20180320"] = []

# --- group 8
C["ant-SK-internationalNews-2073-20180610"] = [
    ev("agreement", ("2018-06-07", "2018-06-10"), loc("Afghanistan", "AF", None, None),
       actor("الحكومة الأفغانية", "القوات الأفغانية", "Government of Afghanistan", "Military Forces of Afghanistan"),
       actor("حركة طالبان", "طالبان", "Taliban"),
       optional=True),
]
C["ant-SK-internationalNews-2438-20180701"] = []
ISIS = ("تنظيم داعش", "داعش", "مسلحو تنظيم داعش", "مسلحي داعش", "Islamic State", "ISIS", "Daesh")
C["ant-SK-middleEast-168-20180302"] = [
    ev("armed_clash", ("2018-03-01", "2018-03-01"), loc("Badush", "IQ", 36.4263, 42.9636, 25),
       actor(*ISIS),
       actor("القوات العراقية", "القوات الأمنية", "Military Forces of Iraq", "Iraqi security forces", "Iraqi forces"),
       fatalities=2),
    ev("armed_clash", ("2018-02-27", "2018-03-01"), loc("Iraq-Syria border", "IQ", None, None),
       actor("ميليشيات الحشد الشعبي", "الحشد الشعبي", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"),
       actor(*ISIS),
       fatalities=4, optional=True),
    ev("armed_clash", ("2018-02-01", "2018-02-28"), loc("Kirkuk province", "IQ", 35.4428, 44.3841, 100),
       actor(*ISIS),
       actor("ميليشيات الحشد", "الحشد الشعبي", "Popular Mobilization Forces", "PMF"),
       fatalities=27, optional=True),
]
C["snn-5d71c24bb3f7"] = [
    ev("disrupted_weapons_use", ("2015-07-25", "2015-07-27"), loc("Zahran al-Janub", "SA", 17.6667, 43.5167, 40),
       actor("حرس الحدود", "دوريات حرس الحدود", "Saudi Border Guard", "Military Forces of Saudi Arabia"),
       None, optional=True),
]
C["ant-SK-internationalNews-3-20180218"] = []

# --- group 9
C["ant-SK-economy-64-20180223"] = [
    ev("other", ("2018-02-09", "2018-02-09"), loc("Off Cyprus (Eastern Mediterranean)", "CY", None, None),
       actor("البحرية التركية", "Turkish Navy", "Military Forces of Turkey", "سفن حربية تركية"),
       actor("سايبم 12000", "Saipem 12000", "إيني", "Eni"),
       optional=True),
    ev("other", ("2018-02-20", "2018-02-23"), loc("Off Cyprus (Eastern Mediterranean)", "CY", None, None),
       actor("خمس سفن حربية تركية", "5 سفن تركية", "Turkish Navy", "Military Forces of Turkey"),
       actor("سايبم 12000", "Saipem 12000", "سفينة الحفر", "Eni"),
       optional=True),
]
C["ant-SK-internationalNews-974-20180417"] = [
    ev("chemical_weapon", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.0688, -1.7945, 25),
       actor("الحكومة الروسية", "روسيا", "Government of Russia", "Russia"),
       actor("سيرغي سكريبال", "Sergei Skripal", "يوليا", "Civilians"),
       fatalities=0, injured=2, optional=True),
    ev("attack", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.0688, -1.7945, 25),
       actor("الحكومة الروسية", "روسيا", "Government of Russia", "Russia"),
       actor("سيرغي سكريبال", "Sergei Skripal", "يوليا", "Civilians"),
       fatalities=0, injured=2, optional=True),
]
C["ant-CN-middleEast-163-20180304"] = [
    ev("shelling_artillery_missile_attack", ("2018-02-24", "2018-03-04"), loc("Eastern Ghouta", "SY", 33.55, 36.42, 20),
       actor("Military Forces of Syria", "Syrian government forces"),
       actor("Civilians", "المدنيين"),
       optional=True),
]
C["snn-4d1dca76d6c0"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha", "SA", 18.2409, 42.5701, 25),
       actor("الانتحاري", "يوسف بن سليمان عبد الله السليمان", "منفذ الهجوم", "الفئة الضالة", "Suicide bomber"),
       actor("مصليًا", "المصلين", "رجال الأمن", "قوات الطوارئ الخاصة", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia", "Civilians"),
       fatalities=15),
]
C["snn-5f326dfff50d"] = [
    ev("disrupted_weapons_use", ("2015-07-29", "2015-07-31"), loc("Al-Harth sector (Jazan)", "SA", 16.7923, 43.1500, 30),
       actor("القوات المسلحة", "حرس الحدود", "سلاح المهندسين", "Military Forces of Saudi Arabia", "Saudi Border Guard", "Saudi armed forces"),
       actor("ميليشيات الحوثي", "الحوثي", "المخلوع صالح", "Houthis", "Ansar Allah", "Saleh loyalists", "Forces loyal to Ali Abdullah Saleh")),
]
C["snn-fbb4b9a76589"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-03.jsonl"))
