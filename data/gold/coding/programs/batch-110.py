import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISR = actor("Israeli forces", "Israel Defense Forces", "IDF", "جنود الاحتلال", "الاحتلال", "إسرائيل", "الجيش الإسرائيلي")
GAZA_BORDER = loc("Gaza Strip border", "PS", 31.42, 34.38, 30)

C["ant-SK-middleEast-802-20180406"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-04-01"), GAZA_BORDER, ISR,
       actor("Palestinian protesters", "Protesters (Palestine)", "المتظاهرين", "فلسطينيا", "الفلسطينيين"),
       fatalities=18, optional=True),
]

IQF = actor("Iraqi security forces", "Military Forces of Iraq", "Iraqi Counter Terrorism Service", "CTS", "قوات الأمن", "القوات العراقية",
            "جهاز مكافحة الإرهاب", "القوات الأمنية", "القوات الخاصة", "الجيش", "الشرطة الاتحادية", "القوات الحكومية")
IS = actor("Islamic State", "ISIS", "ISIL", "Daesh", "داعش", "تنظيم داعش", "مسلحي داعش", "مقاتلي داعش", "مسلحي تنظيم داعش")
C["snn-3936ff157ae3"] = [
    ev("armed_clash", ("2015-07-26", "2015-07-26"), loc("Anbar University, Ramadi", "IQ", 33.41, 43.30, 25), IQF, IS),
    ev("government_regains_territory", ("2015-07-26", "2015-07-26"), loc("Anbar University, Ramadi", "IQ", 33.41, 43.30, 25), IQF, IS, optional=True),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), loc("Ramadi", "IQ", 33.42, 43.31, 25),
       actor("US-led coalition", "International Coalition", "التحالف", "التحالف الذي تقوده الولايات المتحدة"), IS, optional=True),
]
C["snn-3f634ad6cec5"] = []
C["snn-0080bdb7d152"] = []
C["snn-e878d6e23922"] = []

RES = actor("Popular Resistance", "Southern Resistance", "المقاومة الشعبية", "المقاومة", "الثوار", "عناصر المقاومة", "مقاتلي المقاومة الشعبية",
            "الجيش الموالي للشرعية", "Military Forces of Yemen", "pro-Hadi forces")
HOU = actor("Houthis", "Ansar Allah", "Houthi-Saleh forces", "قوى التمرد الحوثي", "المتمردين", "الحوثيين", "ميليشيات الحوثي وصالح", "الانقلابيون", "متمردا",
            "عناصر التمرد", "الحرس الجمهوري", "Republican Guard")
DHALE = loc("Ad Dali (city)", "YE", 13.70, 44.73, 25)
C["snn-493c23c4338a"] = [
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Sanah, Ad Dali", "YE", 13.72, 44.73, 25), RES, HOU, fatalities=77),
    ev("government_regains_territory", ("2015-08-09", "2015-08-09"), DHALE, RES, HOU),
    ev("non_state_actor_overtakes_territory", ("2015-08-09", "2015-08-09"), DHALE, RES, HOU, optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Murays district, Ad Dali", "YE", 13.88, 44.70, 50), RES, HOU, optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Abyan governorate", "YE", 13.13, 45.38, 100), RES, HOU, fatalities=[1, 99], injured=[0, 99]),
    ev("air_drone_strike", ("2015-08-08", "2015-08-10"), loc("Abyan governorate", "YE", 13.13, 45.38, 100),
       actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف العربي", "التحالف العربي"), HOU, fatalities=12, injured=8),
]
C["snn-041caade6fce"] = []
C["ant-SK-internationalNews-2761-20180721"] = []
NUS = actor("Jabhat al-Nusra", "Nusra Front", "al-Nusra", "جبهة النصرة", "النصرة")
C["snn-7f6f65a2db75"] = [
    ev("non_violent_transfer_of_territory", ("2015-08-05", "2015-08-07"), loc("Hawar Kilis", "SY", 36.659, 37.213, 25), NUS,
       actor("Sultan Murad Brigade", "Sultan Murad Division", "لواء السلطان مراد", "كتائب الثوار", "الثوار", "Syrian rebels")),
    ev("agreement", ("2015-08-05", "2015-08-07"), loc("Aleppo", "SY", 36.20, 37.16, 50), NUS,
       actor("Syrian rebels", "الفصائل العسكرية الكبرى", "كتائب الثوار"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-07"), loc("Zabadani", "SY", 33.72, 36.10, 25),
       actor("Syrian government forces", "Hezbollah", "النظام السوري", "حزب الله", "الإيرانيين", "جماعة أحمد جبريل", "PFLP-GC"), None, optional=True),
]
C["ant-SK-economy-805-20180618"] = []

C["snn-a20327dc7933"] = []
C["ant-SK-middleEast-3736-20181005"] = [
    ev("abduction_forced_disappearance", ("2014-08-01", "2014-08-31"), loc("Kocho, Sinjar", "IQ", 36.178, 41.910, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "مسلحي داعش", "الدواعش"),
       actor("Yazidi civilians", "Civilians", "الإيزيديات", "الفتيات الإيزيديات", "نادية مراد"), optional=True),
]
C["snn-fa8b0e376e3e"] = []
C["snn-5e0a1c5fcd9b"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-09"), loc("Iraq", "IQ", None, None), actor("Protesters (Iraq)", "المتظاهرين", "المحتجون"), None, optional=True),
]
C["ant-SK-economy-29-20180219"] = []
C["ant-SK-internationalNews-1187-20180426"] = []

C["ant-CN-economy-27-20180222"] = []
C["snn-c249c450d491"] = []
C["ant-SK-internationalNews-3185-20180909"] = [
    ev("peaceful_protest", ("2018-08-26", "2018-09-01"), loc("Chemnitz", "DE", 50.83, 12.92, 25), actor("Protesters (Germany)", "المظاهرات"), None, optional=True),
]
C["ant-SK-middleEast-1166-20180421"] = [
    ev("excessive_force_against_protesters", ("2018-04-20", "2018-04-20"), GAZA_BORDER,
       actor("Israeli forces", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي", "القوات الإسرائيلية"),
       actor("Palestinian protesters", "Protesters (Palestine)", "الفلسطينيين", "فلسطينيين"), fatalities=4, injured=[100, 999]),
    ev("protest_with_intervention", ("2018-04-20", "2018-04-20"), GAZA_BORDER,
       actor("Palestinian protesters", "Protesters (Palestine)", "الفلسطينيين", "فلسطينيين"),
       actor("Israeli forces", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي", "القوات الإسرائيلية"), fatalities=4, injured=[100, 999], optional=True),
]
JF = actor("Yemeni joint forces", "Military Forces of Yemen", "pro-government forces", "القوات اليمنية المشتركة", "القوات المشتركة")
HOU2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيين", "المليشيات الحوثية", "المتمردين")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف العربي", "مقاتلات التحالف")
HOD_AP = loc("Hodeidah airport", "YE", 14.75, 42.98, 25)
C["ant-SK-middleEast-2418-20180616"] = [
    ev("armed_clash", ("2018-06-16", "2018-06-16"), HOD_AP, JF, HOU2),
    ev("government_regains_territory", ("2018-06-16", "2018-06-16"), HOD_AP, JF, HOU2, optional=True),
    ev("air_drone_strike", ("2018-06-16", "2018-06-16"), HOD_AP, COAL, HOU2),
    ev("air_drone_strike", ("2018-06-16", "2018-06-16"), loc("Ad Durayhimi", "YE", 14.637, 43.055, 25), COAL, HOU2, optional=True),
]

C["snn-34a35f8cb8d1"] = [
    ev("peaceful_protest", ("2015-07-22", "2015-07-22"), loc("Times Square, New York", "US", 40.758, -73.986, 25),
       actor("Protesters (United States)", "متظاهرون", "المتظاهرين"), None),
]
C["snn-098df99aeda3"] = []
C["snn-43b1ba982849"] = []
C["snn-e477b98f16ae"] = []
C["snn-cbd886aca9bd"] = [
    ev("government_regains_territory", ("2015-07-13", "2015-07-19"), loc("Aden airport", "YE", 12.83, 45.03, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "القوات الموالية للحكومة", "pro-Hadi forces", "Military Forces of Yemen"),
       actor("Houthis", "Ansar Allah", "المتمردين الحوثيين", "قوات الرئيس المخلوع علي عبدالله صالح", "Saleh loyalists"), optional=True),
]

C["snn-b7de6940d4d3"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-05"), loc("Jazan sector (border)", "SA", 17.06, 42.83, 100), None,
       actor("Saudi armed forces", "Military Forces of Saudi Arabia", "القوات البرية", "القوات المشتركة", "الجندي أول يحيى متعب الشامري"), fatalities=1),
]
C["snn-96cea2e4c054"] = []
C["snn-609d2c70d2ee"] = []
C["ant-SK-middleEast-1107-20180418"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor("Syrian government forces", "Military Forces of Syria", "Syrian regime"), actor("Civilians", "المدنيين"), fatalities=[10, 99], optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "United Kingdom", "France", "الولايات المتحدة", "بريطانيا", "فرنسا"),
       actor("Syrian government forces", "Military Forces of Syria"), optional=True),
]
C["snn-5ae9d772ee03"] = []

TRPOL = actor("Turkish police", "Police Forces of Turkey", "الشرطة", "قوات الأمن", "مركزا للشرطة", "شرطيين", "عناصر من الشرطة")
SULT = loc("Sultanbeyli, Istanbul", "TR", 40.966, 29.270, 25)
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردي حزب العمال الكردستاني", "متمردون أكراد", "المتمردين الأكراد")
TRMIL = actor("Turkish military", "Military Forces of Turkey", "Turkish Armed Forces", "الجيش التركي", "جندي تركي", "عسكريين")
C["snn-805c68876417"] = [
    ev("suicide_bomb", ("2015-08-09", "2015-08-10"), SULT, None, TRPOL, injured=10),
    ev("remote_explosive_landmine_ied", ("2015-08-09", "2015-08-10"), SULT, None, TRPOL, injured=10, optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-10"), SULT, TRPOL, actor("Unidentified armed group", "مسلحين", "مسلحين اثنين"), fatalities=[2, 3]),
    ev("attack", ("2015-08-10", "2015-08-10"), loc("US consulate, Istinye, Istanbul", "TR", 41.113, 29.051, 25),
       actor("Unidentified armed group", "مسلحان"), actor("US consulate", "القنصلية الأمريكية", "القنصلية الاميركية", "United States")),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("US consulate, Istinye, Istanbul", "TR", 41.113, 29.051, 25),
       actor("Unidentified armed group", "مسلحان"), TRPOL, optional=True),
    ev("arrests", ("2015-08-10", "2015-08-11"), loc("Istinye, Istanbul", "TR", 41.113, 29.051, 25), TRPOL, actor("مسلحان", "امرأة", "DHKP-C"), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Silopi, Sirnak", "TR", 37.250, 42.469, 25), PKK, TRPOL, fatalities=4),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Beytussebap, Sirnak", "TR", 37.569, 43.168, 25), PKK, TRMIL, fatalities=1),
    ev("shelling_artillery_missile_attack", ("2015-08-10", "2015-08-10"), loc("Beytussebap, Sirnak", "TR", 37.569, 43.168, 25), PKK, TRMIL, fatalities=1, optional=True),
    ev("air_drone_strike", ("2015-08-10", "2015-08-10"), loc("Beytussebap, Sirnak", "TR", 37.569, 43.168, 25), TRMIL, PKK),
    ev("air_drone_strike", ("2015-08-09", "2015-08-11"), loc("Turkey / northern Iraq", "TR", None, None), TRMIL, PKK, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش"), actor("Civilians"), fatalities=32, optional=True),
]
LAHJ_RES = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "الجيش الموالي للرئيس عبد ربه منصور هادي", "pro-Hadi forces", "Military Forces of Yemen")
LAHJ_HOU = actor("Houthis", "Ansar Allah", "الحوثيين", "القوات الموالية للرئيس السابق علي صالح", "قوات صالح", "Saleh loyalists")
ANAD = loc("Al Anad air base, Lahj", "YE", 13.18, 44.77, 50)
C["snn-5b9f0aa9f238"] = [
    ev("government_regains_territory", ("2015-08-02", "2015-08-03"), ANAD, LAHJ_RES, LAHJ_HOU),
    ev("non_state_actor_overtakes_territory", ("2015-08-02", "2015-08-03"), ANAD, LAHJ_RES, LAHJ_HOU, optional=True),
    ev("armed_clash", ("2015-08-02", "2015-08-03"), ANAD, LAHJ_RES, LAHJ_HOU, fatalities=[1, 99], injured=[0, 99]),
]
C["ant-SK-internationalNews-1367-20180505"] = [
    ev("protest_with_intervention", ("2017-12-28", "2018-01-31"), loc("Iran", "IR", None, None), actor("Protesters (Iran)", "المتظاهرين", "المحتجين"),
       actor("Iranian security forces", "السلطات الإيرانية"), optional=True),
]
C["ant-SK-internationalNews-184-20180228"] = []
C["snn-aa8720f5a983"] = []

SAAD = actor("Royal Saudi Air Defense", "Military Forces of Saudi Arabia", "Saudi-led coalition", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "الدفاع الجوي السعودي")
HOU3 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "الميليشيات الحوثية", "ميليشيات الحوثي")
SHQ = loc("Ash Shuqayq, Jazan", "SA", 17.722, 42.026, 25)
C["ant-SK-middleEast-2829-20180710"] = [
    ev("disrupted_weapons_use", ("2018-07-10", "2018-07-10"), SHQ, SAAD, HOU3, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-07-10", "2018-07-10"), SHQ, HOU3, SAAD, fatalities=0, injured=0, optional=True),
]
C["ant-SK-internationalNews-1736-20180523"] = []
C["snn-cf5ea9b4f9c6"] = []
C["snn-220d861066c9"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-30"), loc("Najran", "SA", 17.49, 44.13, 25), None,
       actor("Civilians", "مقيمين", "Migrants"), injured=2),
]
C["ant-SK-internationalNews-2688-20180717"] = []

C["snn-ec00ce0dbbab"] = [
    ev("attack", ("2015-07-17", "2015-07-25"), loc("Southern Yemen", "YE", None, None),
       actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "جيش المخلوع", "Saleh loyalists"), actor("Civilians", "المدنيين", "طفلة"), fatalities=1, optional=True),
]
SABG = actor("Saudi Border Guard", "Military Forces of Saudi Arabia", "Saudi security forces", "رجال أمن", "رجال حرس الحدود", "حرس الحدود", "مركز المسيال")
MUJ = actor("Saudi Mujahideen force", "Military Forces of Saudi Arabia", "Saudi security forces", "قوة المجاهدين", "دورية مساندة من قوة المجاهدين")
SAUDI_LAND = actor("Saudi armed forces", "Military Forces of Saudi Arabia", "القوات البرية", "القوات السعودية", "حرس الحدود")
HOU4 = actor("Houthis", "Ansar Allah", "المتمردون الحوثيون", "الحوثيين")
TUWAL = loc("At Tuwal, Jazan", "SA", 16.529, 42.968, 25)
C["snn-386f55bd3a92"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Al Misyal post, Dhahran al-Janub", "SA", 17.665, 43.51, 50), None, SABG, fatalities=3, injured=7),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), TUWAL, None, MUJ, fatalities=1, injured=1),
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-08-01"), TUWAL, HOU4, actor("Civilians", "المواطنين", "القرى الحدودية"), fatalities=0, injured=0, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Yemeni border opposite Dhahran al-Janub (Saada)", "YE", None, None), SAUDI_LAND, HOU4, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-08-01"), loc("Yemeni border opposite At Tuwal", "YE", None, None), SAUDI_LAND, HOU4, optional=True),
]
C["snn-4854edcf8816"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-04"), loc("Rajla, Fawaz district, Najran", "SA", 17.49, 44.13, 25),
       actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "مليشيات المخلوع صالح والحوثي", "Saleh loyalists"),
       actor("Civilians", "عبدالله دواس"), fatalities=1),
]
C["snn-debcad6b31ec"] = []
C["snn-0bf8f908dbf6"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), TUWAL, None, MUJ, fatalities=1, injured=1),
]
C["ant-SK-internationalNews-3313-20181005"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-28", "2018-10-04"), loc("Syria", "SY", None, None),
       actor("Iran", "Islamic Revolutionary Guard Corps", "IRGC", "الحرس الثوري", "إيران"), None, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-110.jsonl"))
