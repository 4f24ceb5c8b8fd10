import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- group 1
PROT_IR = actor("Protesters", "المتظاهرين", "متظاهرون", "Protesters (Iran)")
C["ant-SK-internationalNews-2391-20180629"] = [
    ev("protest_with_intervention", ("2018-06-29", "2018-06-29"),
       loc("Khorramshahr (Mohammerah)", "IR", 30.44079, 48.18428, 25),
       PROT_IR, actor("Police Forces of Iran", "Security forces", "قوات من الأمن", "قوات الأمن", "Iranian security forces")),
    ev("peaceful_protest", ("2018-06-29", "2018-06-29"),
       loc("Khorramshahr (Mohammerah)", "IR", 30.44079, 48.18428, 25),
       PROT_IR, None, optional=True),
    ev("peaceful_protest", ("2018-06-27", "2018-06-29"),
       loc("Abadan", "IR", 30.3392, 48.3043, 25), PROT_IR, None, optional=True),
    ev("peaceful_protest", ("2018-06-24", "2018-06-24"),
       loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("Protesters", "تجار البازار", "تجار", "Bazaar merchants", "Traders", "Protesters (Iran)"), None),
]

C["snn-aa04e37d505b"] = [
    ev("peaceful_protest", ("2015-07-31", "2015-08-09"), loc("Iraq", "IQ", None, None),
       actor("Protesters", "المتظاهرين", "Protesters (Iraq)"), None, optional=True),
]

C["ant-SK-middleEast-3532-20180906"] = [
    ev("disrupted_weapons_use", ("2018-09-04", "2018-09-06"),
       loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor("Military Forces of Saudi Arabia", "Saudi air defense", "قوات الدفاع الجوي السعودية", "قوات الدفاع الجوي الملكي السعودي",
             "الدفاعات الجوية السعودية", "Saudi-led coalition", "Arab Coalition", "قوات التحالف", "تحالف دعم الشرعية"),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "ميليشيا الحوثي", "الحوثي", "Houthi militia"),
       fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-09-04", "2018-09-06"),
       loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "ميليشيا الحوثي", "الحوثي", "Houthi militia"),
       None, fatalities=0, injured=0, optional=True),
]

C["ant-SK-middleEast-1478-20180507"] = [
    ev("attack", ("2018-05-06", "2018-05-07"),
       loc("Al-Lazzaka, Qayyarah", "IQ", 35.86718, 43.31733, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مسلحين مجهولين", "Unidentified armed group"),
       actor("Civilians", "فاروق زرزور الجبوري", "المرشح", "Political candidate", "Al-Wataniya Coalition", "ائتلاف الوطنية"),
       fatalities=1),
    ev("attack", ("2018-04-24", "2018-04-30"), loc("Baghdad", "IQ", 33.3406, 44.4009, 25),
       None, actor("Civilians", "نجم الحسناوي", "State of Law Coalition", "دولة القانون"),
       fatalities=1, optional=True),
]

C["ant-SK-internationalNews-1180-20180426"] = [
    ev("peaceful_protest", ("2018-04-25", "2018-04-25"), loc("Yerevan", "AM", 40.1811, 44.5136, 25),
       actor("Protesters", "أنصار المعارضة", "Protesters (Armenia)", "Opposition supporters", "باشينيان", "Nikol Pashinyan"), None),
    ev("peaceful_protest", ("2018-04-12", "2018-04-23"), loc("Yerevan", "AM", 40.1811, 44.5136, 25),
       actor("Protesters", "Protesters (Armenia)", "باشينيان", "Nikol Pashinyan"), None, optional=True),
]

# --- group 2
C["snn-09d1cb3fb946"] = []
C["ant-SK-middleEast-1-20180223"] = [
    ev("shelling_artillery_missile_attack", ("2018-02-21", "2018-02-23"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 20),
       actor("Syrian government forces", "Military Forces of Syria"), actor("Civilians"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-02-21", "2018-02-23"), loc("Damascus", "SY", 33.515847, 36.281452, 25),
       None, actor("Civilians"), optional=True),
]
C["ant-SK-internationalNews-2895-20180808"] = []
C["ant-SK-sport-732-20180417"] = []
C["snn-d96c143e30a9"] = [
    ev("peaceful_protest", ("2014-01-01", "2014-12-31"), loc("Czech Republic", "CZ", None, None),
       actor("Protesters", "Protesters (Czech Republic)"), None, optional=True),
]

# --- group 3
C["snn-17befd187a8b"] = []
C["snn-1f0aee9d7196"] = []
C["ant-SK-internationalNews-2717-20180718"] = [
    ev("arrests", ("2017-11-01", "2017-11-30"), loc("London", "GB", 51.5074, -0.1278, 25),
       actor("Police Forces of the United Kingdom", "رجال أمن متخفين", "Police"),
       actor("نعيم الرحمن زكريا", "Naa'imur Zakariyah Rahman", "Islamic State", "داعش"), optional=True),
]
C["ant-SK-technology-256-20180326"] = []
SYG = actor("Syrian government forces", "Military Forces of Syria", "قوات النظام", "النظام", "Syrian regime")
ISD = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "عناصر داعش")
D3 = ("2018-04-26", "2018-04-28")
HAJ = loc("Al-Hajar al-Aswad", "SY", 33.45759, 36.30419, 25)
YAR = loc("Yarmouk Camp", "SY", 33.4699, 36.3018, 25)
C["ant-SK-middleEast-1291-20180428"] = [
    ev("air_drone_strike", D3, HAJ, SYG, ISD),
    ev("air_drone_strike", D3, YAR, SYG, ISD, optional=True),
    ev("shelling_artillery_missile_attack", D3, HAJ, SYG, ISD, optional=True),
    ev("shelling_artillery_missile_attack", D3, YAR, SYG, ISD, optional=True),
    ev("shelling_artillery_missile_attack", D3, loc("Al-Qadam, Damascus", "SY", 33.4800, 36.2930, 25), SYG, actor("Civilians", "المدنيين"), optional=True),
    ev("shelling_artillery_missile_attack", D3, loc("Al-Tadamon, Damascus", "SY", 33.4840, 36.3120, 25), SYG, actor("Civilians", "المدنيين"), optional=True),
    ev("shelling_artillery_missile_attack", D3, loc("South Damascus", "SY", 33.48, 36.30, 25), ISD, actor("Civilians"), optional=True),
    ev("armed_clash", D3, loc("South Damascus", "SY", 33.48, 36.30, 25), SYG, ISD, fatalities=[10, 99], optional=True),
]

# --- group 4
C["snn-72a6a5be83d6"] = []
C["ant-SK-internationalNews-12-20180218"] = [
    ev("peaceful_protest", ("2018-02-17", "2018-02-17"), loc("Sofia", "BG", 42.6977, 23.3219, 25),
       actor("Protesters", "المتطرفين اليمينيين", "Far-right nationalists", "Protesters (Bulgaria)", "المتظاهرين", "Bulgarian National Union"), None),
]
C["ant-SK-internationalNews-481-20180321"] = [
    ev("air_drone_strike", ("2007-09-05", "2007-09-06"), loc("Al-Kibar, Deir ez-Zor", "SY", 35.71, 39.83, 50),
       actor("Military Forces of Israel", "Israeli Air Force", "إسرائيل", "الجيش الإسرائيلي"), actor("Military Forces of Syria", "سوريا"), optional=True),
]
C["ant-SK-middleEast-2972-20180718"] = []
C["snn-4a6459eb8fd4"] = [
    ev("attack", ("2015-07-29", "2015-07-31"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("Israeli settlers", "مستوطنون اسرائيليون متطرفون", "مستوطنون", "Jewish extremists"),
       actor("Civilians", "Palestinian civilians", "طفل فلسطيني", "Civilians (Palestine)"), fatalities=1, optional=True),
]

# --- group 5
BAS = loc("Basra", "IQ", 30.53302, 47.79747, 25)
PROT_IQ = actor("Protesters", "Protesters (Iraq)", "محتجون", "المحتجين", "المتظاهرين", "متظاهرين")
IQSF = actor("Police Forces of Iraq", "Iraqi security forces", "قوات الأمن العراقية", "قوات الأمن", "الشرطة", "Military Forces of Iraq")
C["ant-SK-middleEast-3657-20180912"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), BAS, PROT_IQ,
       actor("Iranian consulate", "القنصلية الإيرانية", "Government of Iran")),
    ev("shelling_artillery_missile_attack", ("2018-09-08", "2018-09-08"), loc("Kurdistan Region", "IQ", 36.19, 44.02, 150),
       actor("Military Forces of Iran", "Iran", "إيران", "Iranian Revolutionary Guard Corps", "IRGC"), None, optional=True),
    ev("violent_demonstration", ("2018-07-08", "2018-09-06"), BAS, PROT_IQ, None, optional=True),
]
C["snn-ec652879ecce"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-31"), loc("Najran", "SA", 17.4924, 44.12766, 25),
       None, actor("Civilians", "مقيمين", "Civilians (Pakistan)", "Civilians (India)"), injured=2),
]
C["ant-SK-middleEast-3542-20180906"] = [
    ev("protest_with_intervention", ("2018-09-04", "2018-09-04"), BAS, PROT_IQ, IQSF, fatalities=7),
    ev("excessive_force_against_protesters", ("2018-09-04", "2018-09-04"), BAS, PROT_IQ, IQSF, fatalities=7, optional=True),
    ev("violent_demonstration", ("2018-09-04", "2018-09-04"), BAS, PROT_IQ, IQSF, fatalities=7, optional=True),
    ev("protest_with_intervention", ("2018-09-05", "2018-09-05"), BAS, PROT_IQ, IQSF),
    ev("excessive_force_against_protesters", ("2018-09-05", "2018-09-05"), BAS, PROT_IQ, IQSF, optional=True),
]
C["snn-b7f3351837b5"] = []
C["ant-SK-middleEast-21-20180222"] = []

# --- group 6
C["snn-3ddbf3ceb554"] = []
C["snn-b0b86768dfc9"] = []
C["ant-SK-internationalNews-3024-20180815"] = []
C["snn-a926acee327a"] = []
C["ant-SK-internationalNews-2230-20180620"] = [
    ev("armed_clash", ("2016-07-07", "2016-07-11"), loc("Juba", "SS", 4.8594, 31.5713, 25),
       actor("Military Forces of South Sudan", "SPLA", "سلفا كير"),
       actor("SPLM-IO", "Sudan People's Liberation Movement-in-Opposition", "رياك مشار", "Riek Machar"), optional=True),
]

# --- group 7
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الحوثيون", "الميليشيات الإيرانية", "المتمردين الحوثيين", "الميليشيات الانقلابية", "Houthi militia")
JOINT = actor("Giants Brigades", "ألوية العمالقة", "قوات العمالقة", "القوات اليمنية المشتركة", "Yemeni joint forces",
              "Military Forces of Yemen", "Saudi-led coalition", "Arab Coalition", "التحالف العربي")
D7 = ("2018-07-12", "2018-07-14")
TUH = loc("Al-Tuhayta", "YE", 14.18356, 43.22637, 25)
C["ant-SK-middleEast-2874-20180714"] = [
    ev("armed_clash", D7, TUH, JOINT, HOU, fatalities=[2, 99], injured=[2, 99]),
    ev("abduction_forced_disappearance", D7, loc("Al-Jarrahi checkpoint", "YE", 14.13254, 43.38845, 25), HOU,
       actor("Civilians", "النازحين", "نازحين", "Displaced civilians", "Civilians (Yemen)"), optional=False),
    ev("shelling_artillery_missile_attack", D7, TUH, HOU, JOINT, optional=True),
    ev("armed_clash", D7, loc("Zabid", "YE", 14.196411, 43.316688, 25), JOINT, HOU, optional=True),
]
C["snn-7b7d1507340b"] = []
C["ant-SK-middleEast-79-20180226"] = [
    ev("arrests", ("2018-02-01", "2018-02-19"), loc("Cairo", "EG", 30.0444, 31.2357, 25),
       actor("Police Forces of Egypt", "السلطات المصرية", "Egyptian authorities"),
       actor("عبدالمنعم أبو الفتوح", "Abdel Moneim Aboul Fotouh", "Strong Egypt Party", "حزب مصر القوية"), optional=True),
]
C["snn-3c24a599711f"] = []
C["snn-41345f5f0d43"] = []

# --- group 8
C["snn-b19a6b99323d"] = []
C["ant-SK-internationalNews-419-20180317"] = []
C["ant-SK-middleEast-533-20180324"] = [
    ev("government_regains_territory", ("2018-02-01", "2018-03-17"), loc("Hays", "YE", 13.9317, 43.4831, 25),
       actor("Military Forces of Yemen", "قوات الشرعية", "Military Forces of the United Arab Emirates", "القوات الإماراتية", "Saudi-led coalition", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "المتمردين الحوثيين"), optional=True),
]
C["snn-28658157f261"] = []
C["ant-SK-sport-2278-20180720"] = []

# --- group 9
C["ant-SK-middleEast-3751-20181006"] = []
C["snn-f1685848ba6b"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-09"), loc("Al-Zohour district, Al-Arish", "EG", 31.13159, 33.79844, 25),
       actor("Unidentified armed group", "عناصر مسلحة"),
       actor("Police Forces of Egypt", "قوات الشرطة", "مدرعة تابعة لقوات الشرطة", "Egyptian police"), fatalities=2, injured=3),
    ev("armed_clash", ("2015-08-08", "2015-08-10"), loc("Badr markets, Suez", "EG", 29.97371, 32.52627, 25),
       actor("Military Forces of Egypt", "الجيش الثالث الميداني", "عناصر التأمين", "Egyptian army"),
       actor("العناصر الإرهابية", "Unidentified armed group", "militants"), fatalities=1),
    ev("arrests", ("2015-08-08", "2015-08-10"), loc("North Sinai", "EG", 31.13159, 33.79844, 100),
       actor("Police Forces of Egypt", "قوات الأمن بشمال سيناء", "مديرية أمن شمال سيناء"), None, optional=True),
]
C["snn-4b08b994a506"] = [
    ev("peaceful_protest", ("2015-07-31", "2015-08-10"), loc("Tahrir Square, Baghdad", "IQ", 33.3386, 44.4145, 25),
       actor("Protesters", "المحتجون", "Protesters (Iraq)"), None, optional=True),
]
C["ant-SK-internationalNews-1947-20180603"] = []

# --- group 10
C["snn-5eb5fa2dc00d"] = []
C["ant-CN-middleEast-1308-20180907"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), BAS, PROT_IQ,
       actor("Iranian consulate", "القنصلية الإيرانية", "Government of Iran")),
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), BAS, PROT_IQ, None, optional=True),
]
C["snn-0c64503c83e1"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-95.jsonl"))
