import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISR = actor("القوات الإسرائيلية", "الجيش الإسرائيلي", "Israeli forces", "Israel Defense Forces", "IDF", "Military Forces of Israel")
GAZA = loc("Gaza Strip (border)", "PS", 31.42, 34.38, 30)

C["ant-SK-middleEast-437-20180320"] = []
C["ant-SK-internationalNews-3240-20180913"] = []
C["ant-CN-middleEast-428-20180330"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA, ISR,
       actor("المتظاهرين الفلسطينيين", "الفلسطينيين", "Palestinian protesters", "Protesters", "Civilians"),
       fatalities=12, injured=1100),
    ev("protest_with_intervention", ("2018-03-30", "2018-03-30"), GAZA,
       actor("المتظاهرين الفلسطينيين", "الفلسطينيين", "Palestinian protesters", "Protesters"), ISR,
       fatalities=12, injured=1100, optional=True),
]
C["snn-c396a21d8fd9"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"),
       loc("Najran", "SA", 17.49326, 44.12766, 25), None,
       actor("Civilians", "مواطن", "المواطنين", "مدنيين"), fatalities=1),
]
C["ant-SK-middleEast-3624-20180911"] = [
    ev("air_drone_strike", ("2018-09-04", "2018-09-11"), loc("Idlib", "SY", 35.78763, 36.679719, 100),
       actor("روسيا", "سوريا", "Russia", "Military Forces of Russia", "Syrian government forces", "Military Forces of Syria"),
       actor("المعارضة المسلحة", "Syrian opposition", "Rebels"), optional=True),
]

SYGOV = actor("القوات السورية", "قوات النظام", "Syrian government forces", "Military Forces of Syria", "Syrian Air Force")
C["ant-SK-middleEast-2630-20180628"] = [
    ev("air_drone_strike", ("2018-06-19", "2018-06-28"), loc("Daraa al-Balad", "SY", 32.61889, 36.10213, 25), SYGOV,
       actor("Civilians", "المدنيين"), optional=True),
    ev("air_drone_strike", ("2018-06-19", "2018-06-28"), loc("Daraa province", "SY", 32.85305, 36.223056, 100), SYGOV,
       actor("Civilians", "المدنيين"), optional=True),
]
C["ant-SK-internationalNews-1620-20180517"] = [
    ev("attack", ("2018-04-17", "2018-05-17"), loc("Unity State (Koch/Leer)", "SS", 8.30306, 30.14056, 100), None,
       actor("Civilians", "المدنيين"), fatalities=[10, 99], optional=True),
]
C["snn-b8e8cf8a664e"] = []
C["snn-f33e6b1f698a"] = []
C["snn-295b480c5440"] = [
    ev("attack", ("2015-08-04", "2015-08-11"), loc("Balochistan", "PK", 28.49, 65.10, 300),
       actor("مسلحين مجهولين", "Unidentified armed group", "Unidentified gunmen"),
       actor("Civilians", "مدنيين"), fatalities=7, optional=True),
]
HOUTHI = actor("ميليشيات التمرد الحوثي", "الحوثيين", "المتمردين", "الانقلابيين", "فلول الرئيس المخلوع علي عبدالله صالح", "Houthis", "Ansar Allah", "Saleh loyalists", "Forces loyal to Ali Abdullah Saleh")
C["snn-4a399b53d29c"] = [
    ev("air_drone_strike", ("2015-08-06", "2015-08-08"), loc("Zinjibar (Liwa 15 camp)", "YE", 13.12871, 45.38073, 40),
       actor("طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOUTHI,
       fatalities=18, injured=25),
    ev("government_regains_territory", ("2015-08-06", "2015-08-06"), loc("Labouza camp, Lahij", "YE", 13.180077, 44.55327, 100),
       actor("المقاومة الشعبية", "الجيش الموالي للشرعية", "Popular Resistance", "Pro-Hadi forces", "Military Forces of Yemen (Hadi)"), HOUTHI,
       fatalities=38, injured=24),
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), loc("Labouza camp, Lahij", "YE", 13.180077, 44.55327, 100),
       actor("طائرات التحالف", "Saudi-led coalition", "Arab Coalition"), HOUTHI, optional=True),
]

C["snn-9eb8709fc809"] = []
IS = actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "ISIL", "Daesh")
CIVY = actor("شابًا", "شباب", "Civilians", "مدنيين")
D = ("2015-08-01", "2015-08-03")
C["snn-d4af68101d11"] = [
    ev("attack", D, loc("Mosul", "IQ", 36.335, 43.119, 50), IS, CIVY, fatalities=11),
    ev("abduction_forced_disappearance", D, loc("Hammam al-Alil", "IQ", 36.16029, 43.247863, 25), IS, CIVY, optional=True),
    ev("abduction_forced_disappearance", D, loc("Al Qayyarah", "IQ", 35.79933, 43.29447, 25), IS, CIVY, optional=True),
    ev("abduction_forced_disappearance", D, loc("Badush", "IQ", 36.42625, 42.9636, 25), IS, CIVY, optional=True),
    ev("abduction_forced_disappearance", D, loc("Al Baaj", "IQ", 36.0426, 41.71632, 25), IS, CIVY, optional=True),
    ev("remote_explosive_landmine_ied", D, loc("Abu Dsheer, Dora, Baghdad", "IQ", 33.22497, 44.37046, 25), None,
       actor("Civilians", "مدنيين"), injured=3),
    ev("grenade", D, loc("Al-Wasiti, Kirkuk", "IQ", 35.442794, 44.384149, 25),
       actor("مسلحون مجهولون", "Unidentified armed group", "Unidentified gunmen"),
       actor("رجل وزوجته", "Civilians", "مدنيين"), injured=2),
]
C["ant-SK-internationalNews-3051-20180816"] = []
C["ant-SK-middleEast-1350-20180430"] = []
C["ant-SK-internationalNews-2936-20180809"] = []
C["snn-ab854a361615"] = []

TREBES = loc("Trebes", "FR", 43.2106, 2.4414, 25)
GUNMAN = actor("محتجز الرهائن", "تنظيم داعش", "Islamic State", "ISIS", "Unidentified gunman")
C["ant-SK-internationalNews-530-20180323"] = [
    ev("attack", ("2018-03-23", "2018-03-23"), TREBES, GUNMAN,
       actor("شرطي", "رهائن", "Civilians", "Police Forces of France"), injured=1),
    ev("abduction_forced_disappearance", ("2018-03-23", "2018-03-23"), TREBES, GUNMAN,
       actor("رهائن", "Civilians"), optional=True),
]
C["snn-dae2d5d38d30"] = []
C["ant-CN-internationalNews-390-20180524"] = []
C["snn-6e03acd7fa04"] = [
    ev("peaceful_protest", ("2015-07-19", "2015-07-23"), loc("Cincinnati", "US", 39.1031, -84.512, 25),
       actor("محتجون", "Protesters", "Protesters (United States)"), None, optional=True),
]
CHEM = loc("Chemnitz", "DE", 50.8333, 12.9167, 25)
DPOL = actor("الشرطة الألمانية", "شرطة مكافحة الشغب", "الشرطة", "Police Forces of Germany", "German police")
RIGHT = actor("أنصار حزب البديل من أجل ألمانيا", "حزب البديل من أجل ألمانيا", "بيغيدا", "اليمين المتطرف", "Alternative for Germany", "AfD", "PEGIDA", "Protesters (Germany)")
LEFT = actor("متظاهرون مناهضون للفاشية", "جماعات يسارية", "Antifa", "Protesters (Germany)")
D3 = ("2018-08-31", "2018-09-02")
C["ant-SK-internationalNews-3105-20180902"] = [
    ev("protest_with_intervention", D3, CHEM, RIGHT, DPOL),
    ev("peaceful_protest", D3, CHEM, LEFT, None),
    ev("protest_with_intervention", D3, CHEM, LEFT, DPOL, optional=True),
    ev("violent_demonstration", ("2018-08-26", "2018-08-30"), CHEM, actor("رجال", "Rioters (Germany)", "Protesters (Germany)"), DPOL, optional=True),
]

QAR = loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25)
C["snn-45f44a5253f8"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-05"), QAR, IS, None),
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-07"), QAR, IS,
       actor("مدنيًا", "مسيحيًا", "سنيًا", "Civilians", "مدنيين"), optional=False),
    ev("non_state_actor_overtakes_territory", ("2015-05-21", "2015-05-21"), loc("Palmyra", "SY", 34.5624, 38.28402, 25), IS, None, optional=True),
    ev("abduction_forced_disappearance", ("2015-05-01", "2015-05-31"), QAR,
       actor("ثلاثة مقنعين", "Unidentified armed group"), actor("الأب جاك مراد", "Civilians", "Christians"), optional=True),
]
C["ant-SK-internationalNews-2836-20180801"] = [
    ev("remote_explosive_landmine_ied", ("2018-07-31", "2018-07-31"), loc("Yuksekova, Hakkari", "TR", 37.5733, 44.2831, 25),
       actor("متمردين أكراد", "حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party", "Kurdish rebels"),
       actor("امرأة وطفلها", "Civilians", "مدنيين"), fatalities=2),
]
C["ant-SK-middleEast-1412-20180503"] = []
C["ant-SK-internationalNews-2348-20180626"] = [
    ev("grenade", ("2018-06-23", "2018-06-23"), loc("Addis Ababa (rally)", "ET", 9.02497, 38.74689, 25), None,
       actor("Civilians", "مدنيين"), fatalities=2, injured=[10, 99]),
    ev("arrests", ("2018-06-23", "2018-06-26"), loc("Addis Ababa", "ET", 9.02497, 38.74689, 25),
       actor("السلطات", "Police Forces of Ethiopia", "Ethiopian authorities"),
       actor("مسؤولين من الشرطة", "Police Forces of Ethiopia"), optional=True),
]
C["snn-58083d91666f"] = [
    ev("peaceful_protest", ("2015-07-30", "2015-08-06"), loc("Iraq", "IQ", None, None),
       actor("المتظاهرين", "Protesters", "Protesters (Iraq)"), None, optional=True),
]

C["snn-c76bc6a595e5"] = []
C["snn-8036d6903301"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"),
       loc("Najran", "SA", 17.49326, 44.12766, 25), None,
       actor("Civilians", "أحد المواطنين", "مدني", "مدنيين"), fatalities=1),
]
C["snn-ac8daea92043"] = []
C["ant-SK-internationalNews-74-20180222"] = []
C["snn-193a78db8fd1"] = [
    ev("government_regains_territory", ("2015-07-19", "2015-07-26"), loc("Al Anad base (surrounding mountains), Lahij", "YE", 13.176, 44.765, 25),
       actor("الجيش الوطني", "المقاومة الشعبية", "قوات التحالف", "Popular Resistance", "Pro-Hadi forces", "Military Forces of Yemen (Hadi)"),
       actor("الحوثيين", "مليشيا الانقلابيين", "Houthis", "Ansar Allah"), optional=True),
]

IRQF = actor("Iraqi security forces", "Military Forces of Iraq", "القوات الأمنية")
C["snn-25ad7a046056"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-02", "2015-08-03"), loc("North of Baquba", "IQ", 33.7466, 44.64366, 25), None,
       actor("مدنيا", "Civilians", "مدنيين"), fatalities=11, injured=16),
    ev("armed_clash", ("2015-08-02", "2015-08-03"), loc("Baquba", "IQ", 33.7466, 44.64366, 25), IRQF, IS, fatalities=18, optional=True),
]
C["ant-SK-internationalNews-2939-20180810"] = [
    ev("peaceful_protest", ("2017-12-01", "2017-12-31"), loc("Moscow (FSB HQ)", "RU", 55.7558, 37.6173, 50),
       actor("بوسي ريوت", "Pussy Riot", "Protesters (Russia)"), None, optional=True),
    ev("peaceful_protest", ("2018-04-01", "2018-04-30"), loc("Moscow (FSB HQ)", "RU", 55.7558, 37.6173, 50),
       actor("بوسي ريوت", "Pussy Riot", "Protesters (Russia)"), None, optional=True),
]
TAF = actor("سلاح الجو التركي", "الجيش التركي", "Military Forces of Turkey", "Turkish Air Force", "Turkish army")
IS2 = actor("تنظيم داعش", "داعش", "متطرفون", "المتطرفين", "Islamic State", "ISIS", "Daesh")
SYR_KILIS = loc("Syrian border area opposite Kilis", "SY", 36.63, 37.10, 30)
SYGOV2 = actor("قوات النظام", "قوات الأسد", "طائرات النظام", "الطيران المروحي", "Syrian government forces", "Military Forces of Syria", "Syrian Air Force")
REB = actor("مقاتلي المعارضة", "جبهة النصرة", "الجبهة الجنوبية", "فصائل اسلامية ومقاتلة", "Syrian opposition", "Rebels", "Southern Front", "Al-Nusra Front", "Jabhat al-Nusra")
DARAA = loc("Daraa city", "SY", 32.61889, 36.10213, 25)
C["snn-b061b83963a1"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), SYR_KILIS, TAF, IS2),
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Kilis border post", "TR", 36.71611, 37.115, 25), IS2, TAF, fatalities=1, injured=2),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-23"), SYR_KILIS, TAF, IS2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9761, 38.4253, 25),
       actor("تنظيم داعش", "انتحاري", "Islamic State", "ISIS"), actor("الشباب المؤيدين للاكراد", "Civilians", "مدنيين"),
       fatalities=32, injured=100),
    ev("armed_clash", ("2015-07-23", "2015-07-24"), DARAA, REB, SYGOV2, fatalities=6),
    ev("air_drone_strike", ("2015-07-23", "2015-07-24"), DARAA, SYGOV2, REB),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-24"), DARAA, REB, SYGOV2, optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-07-23"), loc("Al Ghariyah al Gharbiyah", "SY", 32.6869, 36.22534, 25), SYGOV2,
       actor("Civilians", "مدنيين"), fatalities=13),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-25"), loc("Daraa camp", "SY", 32.61889, 36.10213, 25), SYGOV2,
       actor("Civilians", "مدنيين", "سيدة وطفلتها وطفلان"), fatalities=4),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-25"), loc("Daraa province", "SY", 32.85305, 36.223056, 100), SYGOV2,
       actor("أبو هادي العبود", "فرقة فلوجة حوران", "Fallujat Horan Division", "Rebels", "Syrian opposition"), fatalities=1, optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-25"), loc("Aleppo", "SY", 36.20124, 37.16117, 100), SYGOV2, IS2, fatalities=13),
]
C["ant-CN-middleEast-1067-20180601"] = [
    ev("arrests", ("2018-05-15", "2018-06-01"), loc("Saudi Arabia", "SA", None, None),
       actor("السلطات الأمنية", "Police Forces of Saudi Arabia", "Saudi authorities"),
       actor("النشطاء", "Women's rights activists", "Activists"), optional=True),
]
C["ant-SK-economy-578-20180516"] = []

C["snn-d67a38309b28"] = []
C["snn-ca87bfe467a4"] = []
C["ant-SK-internationalNews-1509-20180510"] = [
    ev("arrests", ("2018-05-08", "2018-05-10"), loc("Iraq", "IQ", None, None),
       actor("العراق", "Iraqi security forces", "Military Forces of Iraq", "Government of Iraq"),
       actor("قادة تنظيم داعش", "داعش", "Islamic State", "ISIS"), optional=True),
]
C["snn-625687c54a30"] = []
C["snn-b692b6af11f8"] = []

C["snn-d34ecf2c8684"] = []
HOU2 = actor("جماعة الحوثي", "ميليشيا الحوثية الإيرانية", "ميليشيا الحوثية", "الحوثيين", "Houthis", "Ansar Allah")
C["ant-CN-middleEast-1394-20180930"] = [
    ev("air_drone_strike", ("2018-09-29", "2018-09-30"), loc("Dubai International Airport", "AE", 25.251854, 55.367912, 25),
       HOU2, None, optional=True),
]
C["ant-CN-middleEast-1024-20180526"] = [
    ev("armed_clash", ("2018-05-24", "2018-05-26"), loc("Southwest Syria (Daraa)", "SY", 32.85305, 36.223056, 100),
       actor("نظام الأسد", "Syrian government forces", "Military Forces of Syria"), None, optional=True),
]
C["snn-bd76192114ab"] = []
SAAD = actor("قوات الدفاع الجوي", "قوات الدفاع الجوي الملكي السعودي", "قوات التحالف العربي", "Military Forces of Saudi Arabia", "Saudi Air Defense", "Saudi-led coalition")
C["ant-SK-middleEast-1527-20180509"] = [
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-09"), loc("Riyadh", "SA", 24.702524, 46.821833, 50), SAAD, HOU2),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-09"), loc("Desert 100 km south of Riyadh", "SA", 23.80, 46.75, 50), HOU2, None, fatalities=0),
]

C["snn-e57651f03ca0"] = []
C["snn-191e29f8060c"] = []
C["ant-SK-economy-1174-20180813"] = []
C["ant-SK-internationalNews-619-20180327"] = []
C["ant-SK-internationalNews-810-20180405"] = [
    ev("arrests", ("2018-03-01", "2018-03-31"), loc("Kosovo", "XK", 42.6629, 21.1655, 50),
       actor("جهاز المخابرات التركي", "منظمة المخابرات القومية", "وزارة الداخلية الكوسوفية", "MIT", "Turkish National Intelligence Organization", "Police Forces of Kosovo"),
       actor("أتباع حركة غولن", "حركة غولن", "Gulen Movement", "FETO"), optional=True),
]

C["snn-397b3e2cb5a7"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"), loc("Cairo suburb", "EG", 30.0444, 31.2357, 40),
       actor("تنظيم انصار بيت المقدس", "انصار بيت المقدس", "تنظيم داعش", "Ansar Bayt al-Maqdis", "Wilayat Sinai", "Islamic State", "ISIS"),
       actor("توميسلاف سالوبيك", "الرهينة الكرواتي", "Civilians", "Tomislav Salopek"), optional=True),
]
GM = actor("المسلح", "المهاجم", "رضوان لكديم", "محتجز الرهائن", "تنظيم داعش", "Islamic State", "ISIS")
FRPOL = actor("الشرطة", "الدرك", "Police Forces of France", "Gendarmerie")
CARC = loc("Carcassonne", "FR", 43.2130, 2.3491, 25)
D23 = ("2018-03-23", "2018-03-23")
C["ant-SK-internationalNews-557-20180324"] = [
    ev("attack", D23, CARC, GM, actor("أحد ركابها", "Civilians", "مدنيين"), fatalities=1, injured=1),
    ev("armed_clash", D23, CARC, GM, FRPOL, optional=True),
    ev("attack", D23, TREBES, GM, actor("رهائن", "رهينة", "Civilians", "اللفتنانت كولونيل أرنو بلترام"), fatalities=[2, 4]),
    ev("abduction_forced_disappearance", D23, TREBES, GM, actor("رهائن", "Civilians"), optional=True),
    ev("armed_clash", D23, TREBES, FRPOL, GM, fatalities=[1, 2], optional=True),
]
C["snn-e3d9b26580f5"] = [
    ev("government_regains_territory", ("2015-08-02", "2015-08-05"), loc("Al Anad air base, Lahij", "YE", 13.176, 44.765, 25),
       actor("اللجان الشعبية", "القوات الموالية للرئيس الشرعي لليمن عبدربه منصور هادي", "Popular Committees", "Popular Resistance", "Pro-Hadi forces", "Military Forces of Yemen (Hadi)"),
       actor("المسلحين الحوثيين", "الحوثيين", "Houthis", "Ansar Allah")),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-30.jsonl"))
