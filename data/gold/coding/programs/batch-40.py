import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

GAZA = loc("Gaza Strip (border fence)", "PS", 31.42, 34.37, 30)
ISR = actor("Israeli forces", "IDF", "الجيش الإسرائيلي", "القوات الإسرائيلية", "إسرائيل", "Israel")
PAL = actor("Protesters (Palestine)", "Palestinian protesters", "فلسطينيين", "الفلسطينيين", "فلسطينيين غاضبين")

C["ant-SK-middleEast-1725-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-15", "2018-05-15"), GAZA, PAL, ISR, fatalities=2),
    ev("protest_with_intervention", ("2018-05-15", "2018-05-15"), GAZA, PAL, ISR, fatalities=2, optional=True),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA, PAL, ISR, fatalities=[55, 60]),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA, PAL, ISR, fatalities=[55, 60], optional=True),
]
C["snn-2e20ba8032c9"] = [
    ev("armed_clash", ("2015-08-03", "2015-08-03"), loc("Al-Anad base, Lahj", "YE", 13.18, 44.77, 25),
       actor("Forces loyal to Hadi", "القوات الموالية لهادي", "القوات الموالية للرئيس عبد ربه منصور هادي", "Yemeni government forces", "Popular Resistance"),
       actor("Houthis", "الحوثيين", "المقاتلين الحوثيين", "Ansar Allah")),
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), loc("Al-Anad base, Lahj", "YE", 13.18, 44.77, 25),
       actor("Saudi-led coalition", "طيران التحالف", "التحالف العربي", "Arab Coalition"),
       actor("Houthis", "الحوثيين", "Ansar Allah"), optional=True),
    ev("other", ("2015-08-02", "2015-08-03"), loc("Aden", "YE", 12.78, 45.04, 25),
       actor("Saudi-led coalition", "التحالف العربي", "جنود التحالف", "Arab Coalition", "UAE"), None, optional=True),
]
C["snn-9769ee980c32"] = []
C["snn-a60095b02343"] = []
C["snn-43e5de93e6b7"] = [
    ev("abduction_forced_disappearance", ("2015-07-18", "2015-07-22"), loc("Mellitah", "LY", 32.87, 12.26, 50),
       None, actor("Civilians (Italy)", "أربعة مواطنين إيطاليين", "إيطاليين", "Italian workers", "Bonatti employees")),
]
C["snn-3e99d333a0d6"] = []

C["ant-SK-middleEast-705-20180401"] = []
C["snn-03b17bcb1c9c"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Al-Tuwal, Jazan", "SA", 16.529, 42.968, 25),
       None, actor("Civilians (Saudi Arabia)", "أحياء سكنية", "أشخاص", "Civilians")),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Al-Khubah, Jazan", "SA", 16.789, 43.222, 25),
       None, actor("Civilians (Saudi Arabia)", "أحياء سكنية", "أشخاص", "Civilians")),
]
C["snn-2184f5bb50bc"] = [
    ev("violent_demonstration", ("2015-07-19", "2015-07-19"), loc("Columbia, South Carolina", "US", 34.00, -81.03, 25),
       actor("Ku Klux Klan", "كو كلوكس كلان", "منظمة معادية للزنوج", "KKK", "Protesters (United States)"),
       actor("Counter-protesters", "محتجين معارضين", "Protesters (United States)")),
    ev("peaceful_protest", ("2015-07-19", "2015-07-19"), loc("Columbia, South Carolina", "US", 34.00, -81.03, 25),
       actor("Ku Klux Klan", "كو كلوكس كلان", "منظمة معادية للزنوج", "KKK", "Protesters (United States)"), None, optional=True),
]
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مسلحون أكراد", "المسلحين الأكراد", "الكردستاني")
C["snn-1f018ba6aa82"] = [
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Adana", "TR", 37.01, 35.33, 25), PKK,
       actor("Turkish police", "Police Forces of Turkey", "الشرطة", "مركز شرطة", "Turkey"), fatalities=4),
    ev("attack", ("2015-07-30", "2015-07-30"), loc("Sarikamis, Kars", "TR", 40.328, 42.587, 25), PKK,
       actor("Civilians (Turkey)", "عامل في شركة خطوط السكك الحديدية التركية", "Civilians"), fatalities=1, injured=1),
    ev("remote_explosive_landmine_ied", ("2015-07-29", "2015-07-29"), loc("Sarikamis, Kars", "TR", 40.328, 42.587, 25), PKK, None),
    ev("air_drone_strike", ("2015-07-30", "2015-08-01"), loc("Northern Iraq", "IQ", 36.8, 43.8, 200),
       actor("Turkish military", "القوات التركية", "طائرة تركية", "Turkey", "Military Forces of Turkey"), PKK, optional=True),
]
C["ant-SK-middleEast-1844-20180521"] = [
    ev("armed_clash", ("2018-05-20", "2018-05-20"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       actor("Syrian government forces", "النظام السوري", "الجيش السوري", "Syrian regime", "Military Forces of Syria"),
       actor("Islamic State", "داعش", "ISIS", "Daesh")),
    ev("air_drone_strike", ("2018-05-19", "2018-05-20"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       actor("Syrian government forces", "النظام السوري", "Syrian regime"), actor("Islamic State", "داعش", "ISIS"), optional=True),
    ev("agreement", ("2018-05-19", "2018-05-21"), loc("Yarmouk camp / south Damascus", "SY", 33.47, 36.30, 25),
       actor("Syrian government forces", "الجيش السوري", "النظام السوري"), actor("Islamic State", "داعش", "ISIS"), optional=True),
]
C["ant-CN-sport-285-20180513"] = []

HOU = actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "الميليشيا الحوثية الإرهابية", "المليشيا الحوثية")
SAF = actor("Saudi air defense", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "Saudi-led coalition", "Military Forces of Saudi Arabia")
JAZ = loc("Jazan", "SA", 16.89, 42.57, 25)
C["ant-SK-middleEast-3287-20180808"] = [
    ev("shelling_artillery_missile_attack", ("2018-08-07", "2018-08-08"), JAZ, HOU,
       actor("Civilians (Saudi Arabia)", "المدنيين", "أحد المقيمين اليمنيين", "Civilians"), fatalities=1, injured=11),
    ev("disrupted_weapons_use", ("2018-08-07", "2018-08-08"), JAZ, SAF, HOU, fatalities=1, injured=11, optional=True),
]
C["snn-8f96a1c667e8"] = []
C["snn-59e23bc10326"] = []
C["ant-SK-economy-1177-20180814"] = []
REB = actor("Syrian rebels", "الفصائل المقاتلة المعارضة للنظام السوري", "الفصائل المقاتلة", "Opposition factions", "Syrian opposition")
VIC = actor("Civilians (Syria)", "مدنيين", "قوات الدفاع الوطني", "National Defence Forces", "NDF")
C["snn-21e9dc8d71a6"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Al-Fuah", "SY", 35.9826, 36.7035, 25), REB, VIC),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Kafraya", "SY", 35.9903, 36.6782, 25), REB, VIC),
]
C["ant-SK-internationalNews-2563-20180710"] = []

C["snn-4f44b0dd7941"] = []
C["ant-SK-middleEast-1305-20180428"] = []
C["ant-SK-middleEast-1002-20180413"] = []
C["ant-CN-middleEast-396-20180327"] = []
C["snn-b3ccfd7442dc"] = []
YEA = actor("Yemeni government forces", "قوات الجيش الوطني اليمني", "الجيش الوطني", "أبطال الجيش الوطني", "المقاومة الشعبية", "Military Forces of Yemen", "Popular Resistance")
HOU2 = actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "مليشيات الحوثي الانقلابية", "ميليشيا الحوثي الانقلابية")
MAL = loc("Al-Malajim district, Al-Bayda", "YE", 14.30, 45.40, 40)
C["ant-SK-middleEast-3461-20180819"] = [
    ev("government_regains_territory", ("2018-08-18", "2018-08-18"), MAL, YEA, HOU2),
    ev("armed_clash", ("2018-08-18", "2018-08-18"), MAL, YEA, HOU2, optional=True),
    ev("air_drone_strike", ("2018-08-18", "2018-08-18"), MAL,
       actor("Saudi-led coalition", "طيران التحالف العربي", "التحالف العربي", "Arab Coalition"), HOU2, optional=True),
]

C["snn-05c8e7a4304a"] = []
C["ant-SK-internationalNews-1744-20180523"] = []
C["snn-8339af8893fa"] = []
SOM = actor("Somali army", "قوات الجيش الوطني الصومالي", "الجيش الصومالي", "Military Forces of Somalia", "Somali National Army")
SHB = actor("Al-Shabaab", "حركة الشباب", "حركة الشباب الإرهابية", "مسلحي حركة الشباب", "Al Shabaab")
KIS = loc("~70 km north of Kismayo, Jubaland", "SO", 0.27, 42.60, 50)
C["ant-SK-middleEast-3688-20181001"] = [
    ev("armed_clash", ("2018-09-29", "2018-10-01"), KIS, SOM, SHB, fatalities=5, injured=[4, 101]),
    ev("government_regains_territory", ("2018-09-29", "2018-10-01"), KIS, SOM, SHB, fatalities=5, injured=[4, 101], optional=True),
]
C["snn-6d99c5cb66e2"] = []
BS = loc("Khan Bani Saad, Diyala", "IQ", 33.566, 44.543, 25)
ISI = actor("Islamic State", "تنظيم الدولة الإسلامية", "داعش", "ISIS", "Daesh")
CIV = actor("Civilians (Iraq)", "Civilians", "مدنيين")
C["snn-b13dbdd1b8d4"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-17", "2015-07-17"), BS, ISI, CIV, fatalities=120, injured=[117, 143]),
    ev("suicide_bomb", ("2015-07-17", "2015-07-17"), BS, ISI, CIV, fatalities=120, injured=[117, 143], optional=True),
]

C["snn-bde77f4b9447"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-02", "2015-08-09"), loc("Korean DMZ", "KR", 38.0, 127.0, 130),
       actor("North Korea", "كوريا الشمالية", "بيونجيانج", "Military Forces of North Korea", "جنوداً من كوريا الشمالية"),
       actor("South Korean army", "جنديين", "الجيش الكوري الجنوبي", "Military Forces of South Korea"), injured=2, optional=True),
]
C["ant-CN-middleEast-846-20180509"] = []
C["snn-bb12f3897439"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "داعش", "ISIS", "Daesh"), actor("Civilians (Turkey)", "Civilians"), fatalities=32),
]
BH = actor("Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "ثلاث انتحاريات قاصرات", "ثلاث فتيات قاصرات")
NGC = actor("Civilians (Nigeria)", "مصلين", "Civilians")
C["snn-4308c5f1b5a2"] = [
    ev("suicide_bomb", ("2015-07-17", "2015-07-17"), loc("Damaturu, Yobe", "NG", 11.747, 11.961, 50), BH, NGC, fatalities=13, injured=15),
    ev("remote_explosive_landmine_ied", ("2015-07-16", "2015-07-16"), loc("Gombe", "NG", 10.29, 11.17, 50), None, NGC, fatalities=49),
    ev("remote_explosive_landmine_ied", ("2015-07-16", "2015-07-16"), loc("Gombe", "NG", 10.29, 11.17, 50), BH, NGC, fatalities=49, optional=True),
]
HOU3 = actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "ميليشيات الحوثي", "الحوثيين", "قوات الرئيس السابق علي عبد الله صالح")
C["snn-e5fd4a6483cb"] = [
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Al Hudaydah", "YE", 14.797, 42.945, 25),
       actor("Protesters (Yemen)", "الأطباء والممرضين", "العشرات من الأطباء والممرضين العاملين في المستشفى العسكري", "Health workers"), None),
    ev("abduction_forced_disappearance", ("2015-08-01", "2015-08-01"), loc("Al-Hajjaylah district, Al Hudaydah", "YE", 14.98, 43.60, 30),
       HOU3, actor("Islah", "حزب الإصلاح", "رئيس فرع حزب الإصلاح", "حسن صغير عصيبة", "Civilians (Yemen)")),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Zabid", "YE", 14.196, 43.317, 25),
       HOU3, actor("Civilians (Yemen)", "عبد الرحمن الزبيدي", "Civilians")),
    ev("abduction_forced_disappearance", ("2015-07-26", "2015-08-02"), loc("Al Hudaydah", "YE", 14.797, 42.945, 25),
       HOU3, actor("Civilians (Yemen)", "الناشط في الحراك التهامي", "Tihama Movement", "Civilians"), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-26", "2015-08-02"), loc("Al-Qanawis", "YE", 15.493, 43.134, 25),
       HOU3, actor("Civilians (Yemen)", "الناشط في الثورة الشبابية", "محمد مشخري", "Civilians"), optional=True),
]
C["ant-SK-middleEast-2762-20180705"] = []

C["ant-SK-internationalNews-500-20180321"] = [
    ev("violent_demonstration", ("2018-03-21", "2018-03-21"), loc("Pristina (Kosovo parliament)", "XK", 42.667, 21.166, 25),
       actor("Vetevendosje", "تقرير المصير", "مجموعة تقرير المصير", "مشرعون معارضون", "Self-Determination Movement", "Rioters (Kosovo)"), None),
    ev("other", ("2018-03-21", "2018-03-21"), loc("Pristina (Kosovo parliament)", "XK", 42.667, 21.166, 25),
       actor("Vetevendosje", "تقرير المصير", "مشرعون معارضون", "Self-Determination Movement"), None, optional=True),
]
C["snn-b7c2717f0501"] = []
C["snn-b8e232a6f0f4"] = []
C["snn-637a453f24dc"] = [
    ev("arrests", ("2015-08-09", "2015-08-11"), loc("Lebanon", "LB", None, None),
       actor("Lebanese General Security", "قوات الأمن اللبناني", "المديرية العامة للأمن العام اللبناني", "Police Forces of Lebanon"),
       actor("Jabhat al-Nusra", "جبهة النصرة", "داعش", "Islamic State", "مجموعات مسلحة"), optional=True),
]
C["ant-CN-middleEast-1279-20180903"] = []
C["snn-38affcec927f"] = []
C["ant-SK-internationalNews-2540-20180708"] = [
    ev("chemical_weapon", ("2018-06-29", "2018-07-07"), loc("West England (Amesbury)", "GB", 51.17, -1.78, 100),
       None, actor("Civilians (United Kingdom)", "بريطانية", "داون ستيرجيس", "Civilians"), fatalities=1, injured=1, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-40.jsonl"))
