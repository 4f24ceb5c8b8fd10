import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "ميليشيات الحوثي", "المليشيا الحوثية", "الحوثية"]
COAL = ["Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي", "قوات التحالف", "قوات التحالف العربي"]
YEGOV = ["Yemeni government forces", "Yemeni Army", "National Army", "الجيش الوطني", "الجيش الوطني اليمني", "قوات الشرعية"]

# Coalition strike in Saada (Thursday 08-09) on Houthis who fired a missile at Jazan (Wed night 08-08)
C["ant-SK-middleEast-3299-20180809"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada", "YE", 16.94, 43.76, 100),
       actor(*COAL), actor(*HOUTHI, "العناصر الحوثية")),
    ev("shelling_artillery_missile_attack", ("2018-08-08", "2018-08-09"), loc("Jazan", "SA", 16.89, 42.55, 25),
       actor(*HOUTHI, "العناصر الحوثية"), actor("Civilians", "المدنيين"), fatalities=[1, 99], injured=[0, 99]),
]

C["ant-SK-middleEast-1974-20180527"] = [
    ev("government_regains_territory", ("2018-05-25", "2018-05-27"), loc("Al-Fazah (Tuhayta)", "YE", 14.0, 43.15, 50),
       actor("Yemeni resistance", "المقاومة اليمنية", "قوات المقاومة", "المقاومة التهامية", *COAL, "UAE", "الإمارات"),
       actor(*HOUTHI, "الانقلابين")),
    ev("government_regains_territory", ("2018-05-25", "2018-05-27"), loc("Zabid junction", "YE", 14.2, 43.3, 25),
       actor("Yemeni resistance", "المقاومة اليمنية", "قوات المقاومة", "المقاومة التهامية", *COAL),
       actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2018-05-25", "2018-05-27"), loc("At Tuhayta", "YE", 14.18, 43.23, 25),
       actor("Yemeni resistance", "المقاومة اليمنية", "قوات المقاومة", "المقاومة"), actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2018-05-25", "2018-05-27"), loc("Zabid", "YE", 14.20, 43.32, 25),
       actor("Yemeni resistance", "المقاومة اليمنية", "قوات المقاومة", "المقاومة"), actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2018-05-25", "2018-05-27"), loc("Razih, Saada", "YE", 16.93, 43.25, 50),
       actor(*YEGOV, *COAL), actor(*HOUTHI), fatalities=4),
]

C["ant-SK-internationalNews-230-20180302"] = []

C["snn-ea5efcf51c15"] = [
    ev("suicide_bomb", ("2015-08-05", "2015-08-07"), loc("Abha", "SA", 18.22, 42.51, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "الإرهابيون"), actor("Saudi emergency forces", "قوات الطوارئ", "رجال الأمن"),
       optional=True),
]

C["ant-CN-middleEast-439-20180401"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Israeli forces", "Israeli army", "IDF", "الجيش الإسرائيلي", "قوات الجيش الإسرائيلي"),
       actor("Protesters", "Palestinian protesters", "المتظاهرين الفلسطينيين", "الفلسطينيون"), fatalities=17, injured=1400),
    ev("protest_with_intervention", ("2018-03-30", "2018-03-30"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Protesters", "Palestinian protesters", "المتظاهرين الفلسطينيين", "الفلسطينيون"),
       actor("Israeli forces", "Israeli army", "IDF", "الجيش الإسرائيلي", "قوات الجيش الإسرائيلي"), fatalities=17, injured=1400, optional=True),
]

C["snn-46fddba0a476"] = []

C["ant-SK-middleEast-2685-20180630"] = [
    ev("air_drone_strike", ("2018-06-30", "2018-06-30"), loc("Daraa province", "SY", 32.62, 36.10, 100),
       actor("Syrian government forces", "Syrian Air Force", "Russian Air Force", "Russia", "الطائرات الحربية السورية والروسية", "الطائرات الحربية السورية", "الروس"),
       actor("Syrian opposition", "rebels", "المعارضة", "المعارضة السورية", "فصائل المعارضة المسلحة")),
]

C["ant-SK-internationalNews-1069-20180421"] = [
    ev("peaceful_protest", ("2018-04-19", "2018-04-21"), loc("Brussels", "BE", 50.85, 4.35, 25),
       actor("Protesters", "Ahwazi protesters", "المتظاهرين", "المحتجون"), None),
    ev("peaceful_protest", ("2018-04-19", "2018-04-21"), loc("Kazerun", "IR", 29.62, 51.65, 25),
       actor("Protesters", "المحتجون", "الإيرانيين", "طلاب ومواطنون"), None),
    ev("peaceful_protest", ("2018-04-19", "2018-04-21"), loc("Tehran", "IR", 35.69, 51.42, 25),
       actor("Protesters", "متظاهرون"), None, optional=True),
    ev("peaceful_protest", ("2018-04-19", "2018-04-21"), loc("Isfahan", "IR", 32.65, 51.67, 25),
       actor("Protesters", "متظاهرون"), None, optional=True),
]

C["ant-SK-middleEast-2991-20180719"] = [
    ev("attack", ("2018-06-01", "2018-07-19"), loc("Tripoli", "LY", 32.88, 13.19, 25),
       actor("Militias", "مسلحا", "الميليشيات"), actor("Fathi al-Majbari", "المجبري", "فتحي المجبري"), optional=True),
    ev("abduction_forced_disappearance", ("2018-06-20", "2018-06-30"), loc("Nawfliyin, Tripoli", "LY", 32.88, 13.19, 25),
       actor("Militias", "ميليشيات تابعة لـ\"المجلس الرئاسي\"", "ميليشيات"), actor("Fathi al-Majbari", "المجبري", "فتحي المجبري"), optional=True),
]

C["snn-4309a7e1b875"] = []

C["ant-SK-middleEast-2292-20180610"] = [
    ev("armed_clash", ("2018-06-08", "2018-06-10"), loc("Al Hudaydah", "YE", 14.80, 42.95, 50),
       actor("Yemeni resistance", "قوات المقاومة المشتركة", *COAL), actor(*HOUTHI), optional=True),
]

GHOUTA = loc("Eastern Ghouta", "SY", 33.55, 36.42, 20)
C["ant-SK-middleEast-131-20180227"] = [
    ev("air_drone_strike", ("2018-02-25", "2018-02-27"), GHOUTA,
       actor("Syrian government forces", "Syrian Air Force", "الطائرات الحربية الحكومية", "القوات الحكومية", "قوات الحكومة السورية"),
       actor("Syrian opposition", "المعارضة المسلحة", "Civilians", "المدنيين")),
    ev("armed_clash", ("2018-02-26", "2018-02-27"), GHOUTA,
       actor("Syrian government forces", "القوات الحكومية"), actor("Syrian opposition", "المعارضة", "المعارضة المسلحة"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-02-26", "2018-02-27"), GHOUTA,
       actor("Syrian opposition", "المعارضة", "مقاتليها"), actor("Civilians", "المدنيين"), optional=True),
]

ISIS = ["Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم"]
SYGOV = ["Syrian government forces", "القوات الحكومية السورية", "قوات النظام السوري", "الميليشيات المؤيدة لها", "pro-government militias"]
SWEIDA_E = loc("As Suwayda eastern/north-eastern countryside", "SY", 32.78, 36.75, 30)
C["ant-SK-middleEast-3131-20180726"] = [
    ev("suicide_bomb", ("2018-07-25", "2018-07-25"), loc("As Suwayda", "SY", 32.71, 36.57, 25),
       actor(*ISIS, "انتحاريين"), actor("Civilians", "المدنيين", "مدنيون", *SYGOV)),
    ev("armed_clash", ("2018-07-25", "2018-07-25"), SWEIDA_E, actor(*ISIS), actor(*SYGOV, "المقاتلين الموالين للنظام")),
    ev("suicide_bomb", ("2018-07-25", "2018-07-25"), SWEIDA_E, actor(*ISIS), actor("Civilians", "المدنيين", *SYGOV), optional=True),
    ev("attack", ("2018-07-25", "2018-07-25"), SWEIDA_E, actor(*ISIS), actor("Civilians", "المدنيين", "مدنيا"), optional=True),
]

C["snn-81da7bb6d9fe"] = []

C["ant-SK-middleEast-1770-20180517"] = [
    ev("arrests", ("2018-05-17", "2018-05-17"), loc("Ankara", "TR", 39.92, 32.85, 100),
       actor("Turkish authorities", "السلطات التركية", "Police Forces of Turkey"), actor("Gulen movement", "FETO", "غولن", "أفراد القوات الجوية", "Military Forces of Turkey"),
       optional=True),
]

C["ant-SK-middleEast-1727-20180515"] = []

C["ant-SK-middleEast-2372-20180614"] = [
    ev("disrupted_weapons_use", ("2018-06-13", "2018-06-14"), loc("Khamis Mushait", "SA", 18.30, 42.73, 25),
       actor("Royal Saudi Air Defense", "Saudi Arabia", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", *COAL),
       actor(*HOUTHI, "الميليشيات الحوثية", "الميليشيا الحوثية"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-06-13", "2018-06-14"), loc("Khamis Mushait", "SA", 18.30, 42.73, 25),
       actor(*HOUTHI, "الميليشيات الحوثية", "الميليشيا الحوثية"), actor("Civilians", "المناطق المدنية"), fatalities=0, injured=0, optional=True),
]

C["snn-40cdb561fbff"] = [
    ev("peaceful_protest", ("2015-07-19", "2015-07-20"), loc("Australia", "AU", None, None),
       actor("Protesters", "anti-Islam protesters", "Reclaim Australia", "التظاهرات المعادية للإسلام"), None, optional=True),
    ev("peaceful_protest", ("2015-07-19", "2015-07-20"), loc("Australia", "AU", None, None),
       actor("Protesters", "anti-racism protesters", "مناهضة للعنصرية"), None, optional=True),
]

C["snn-1e3e390a46a3"] = []

C["snn-b4d5bb1d1f5f"] = [
    ev("arrests", ("2015-07-01", "2015-07-18"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi Ministry of Interior", "وزارة الداخلية", "Police Forces of Saudi Arabia"), actor(*ISIS, "خلايا داعش", "خلايا داعشية"), optional=True),
]

RES = ["Yemeni resistance", "المقاومة اليمنية", "المقاومة اليمنية المشتركة", "قوات المقاومة", "المقاومة المشتركة", "القوات المشتركة", "Joint Resistance Forces"]
HOD = loc("Al Hudaydah", "YE", 14.78, 42.96, 25)
C["ant-SK-middleEast-2393-20180615"] = [
    ev("armed_clash", ("2018-06-14", "2018-06-14"), HOD, actor(*RES, *COAL), actor(*HOUTHI, "ميليشيات الحوثي"), fatalities=[10, 96]),
    ev("air_drone_strike", ("2018-06-13", "2018-06-15"), HOD, actor(*COAL, "مقاتلات التحالف العربي"), actor(*HOUTHI, "ميليشيات الحوثي"), optional=True),
    ev("government_regains_territory", ("2018-06-13", "2018-06-15"), loc("Hodeidah airport outskirts", "YE", 14.75, 42.98, 25),
       actor(*RES, *COAL), actor(*HOUTHI), optional=True),
    ev("disrupted_weapons_use", ("2018-06-13", "2018-06-15"), HOD, actor(*RES), actor(*HOUTHI), optional=True),
]

C["snn-f91d2466e00c"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"), loc("Najran (al-Qabil district)", "SA", 17.49, 44.13, 25),
       actor(*HOUTHI, "المقذوف الحوثي"), actor("Civilians", "أحد المقيمين من الجنسية اليمنية"), injured=1),
]

C["ant-CN-middleEast-364-20180325"] = [
    ev("government_regains_territory", ("2018-03-23", "2018-03-25"), loc("Ain Tarma", "SY", 33.51, 36.35, 25),
       actor("Syrian government forces", "النظام", "القوات الموالية للنظام السوري", "النظام السوري"), actor("Syrian opposition", "rebels", "Faylaq al-Rahman")),
]

C["ant-SK-middleEast-3458-20180818"] = [
    ev("disrupted_weapons_use", ("2018-08-18", "2018-08-18"), loc("Jazan", "SA", 16.89, 42.55, 25),
       actor("Royal Saudi Air Defense", "Saudi Arabia", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", *COAL),
       actor(*HOUTHI, "مليشيات الحوثي", "الميليشيا الحوثية"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-08-18", "2018-08-18"), loc("Jazan", "SA", 16.89, 42.55, 25),
       actor(*HOUTHI, "مليشيات الحوثي", "الميليشيا الحوثية"), actor("Civilians", "الأحياء السكنية"), fatalities=0, injured=0, optional=True),
]

C["ant-SK-middleEast-3769-20181007"] = [
    ev("change_to_group_activity", ("2018-10-07", "2018-10-07"), loc("Idlib province", "SY", 35.93, 36.63, 100),
       actor("Syrian opposition", "الفصائل المعارضة", "فصائل معارضة"), None, optional=True),
]

C["snn-fe3b1a7831c3"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Baghdad", "IQ", 33.34, 44.40, 25),
       actor("Protesters", "Protesters (Iraq)", "المتظاهرين", "الجمهور المتظاهر"), None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Central and southern Iraq", "IQ", None, None),
       actor("Protesters", "Protesters (Iraq)", "المتظاهرين"), None, optional=True),
]

C["ant-SK-internationalNews-865-20180409"] = []

C["snn-896252c9144d"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha", "SA", 18.22, 42.51, 25),
       actor("Islamic State", "ISIS", "الانتحاري", "يوسف بن سليمان بن عبد الله السليمان"),
       actor("Saudi Special Emergency Forces", "قوة الطوارئ الخاصة", "قوات الطوارئ", "رجال الأمن", "المصلين"),
       fatalities=15, injured=33),
]

C["ant-SK-internationalNews-2591-20180711"] = []

C["snn-76cdcb46b339"] = []

C["snn-79c80386b147"] = [
    ev("armed_clash", ("2015-07-17", "2015-07-17"), loc("Jebel Louh, Souk El Attaf, Ain Defla", "DZ", 36.22, 1.67, 40),
       actor("AQIM", "al-Qaeda in the Islamic Maghreb", "تنظيم القاعدة", "مجموعة إرهابية"),
       actor("Military Forces of Algeria", "Algerian army", "الجيش الوطني الشعبي", "الجيش الجزائري", "مفرزة للجيش الوطني الشعبي"),
       fatalities=[9, 14], injured=2),
]

GIANTS = ["Giants Brigades", "Al-Amalika", "لواء العمالقة", "قوات لواء العمالقة", "ألوية العمالقة"]
C["ant-SK-middleEast-2542-20180622"] = [
    ev("armed_clash", ("2018-06-20", "2018-06-22"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25),
       actor(*GIANTS, *RES), actor(*HOUTHI, "المتمردين"), fatalities=[2, 99]),
    ev("arrests", ("2018-06-20", "2018-06-22"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25),
       actor(*GIANTS), actor(*HOUTHI, "قيادي حوثي"), optional=True),
    ev("air_drone_strike", ("2018-06-21", "2018-06-22"), loc("al-Masbariyah (Hodeidah-Ibb road)", "YE", None, None),
       actor(*COAL, "غارات للتحالف العربي"), actor(*HOUTHI, "المتمردين"), fatalities=[10, 99], injured=[0, 99]),
    ev("abduction_forced_disappearance", ("2018-06-15", "2018-06-22"), loc("Al Hudaydah", "YE", 14.80, 42.95, 25),
       actor(*HOUTHI), actor("Journalists", "Activists", "صحفيين وناشطين"), optional=True),
    ev("armed_clash", ("2018-06-20", "2018-06-22"), loc("east of al-Jah, Bayt al-Faqih", "YE", 14.40, 43.12, 30),
       actor(*RES, "قوات المقاومة"), actor(*HOUTHI)),
    ev("armed_clash", ("2018-06-20", "2018-06-22"), loc("Ad Durayhimi", "YE", 14.62, 43.08, 25),
       actor(*RES, *COAL), actor(*HOUTHI), fatalities=[0, 99]),
    ev("armed_clash", ("2018-06-20", "2018-06-22"), loc("west of At Tuhayta / al-Mujaylis", "YE", 14.15, 43.15, 30),
       actor(*RES, *COAL), actor(*HOUTHI), optional=True),
    ev("air_drone_strike", ("2018-06-20", "2018-06-22"), loc("Ad Durayhimi", "YE", 14.62, 43.08, 25),
       actor(*COAL, "طائرات التحالف"), actor(*HOUTHI), optional=True),
]

C["snn-7e2a69082485"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"), loc("Najran", "SA", 17.49, 44.13, 25),
       actor("Houthis", "Ansar Allah", "الحوثيين", "Yemen"), actor("Civilians", "أحد المقيمين من الجنسية اليمنية"), injured=1),
]

C["snn-684f4fa13415"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha", "SA", 18.22, 42.51, 25),
       actor(*ISIS, "داعش الإرهابي", "أبو سنان النجدي"),
       actor("Saudi Special Emergency Forces", "قوات الطوارئ", "قوات الطوارئ الخاصة"), fatalities=15, injured=[2, 99]),
]

C["snn-7b63f11144ea"] = []

C["snn-572e9b29fdea"] = []

C["ant-CN-economy-270-20180906"] = []

C["ant-SK-middleEast-3857-20181014"] = []

C["snn-34302d4565df"] = []

C["ant-SK-internationalNews-2375-20180628"] = [
    ev("attack", ("2018-06-27", "2018-06-28"), loc("Annapolis", "US", 38.98, -76.49, 25),
       actor("Unidentified gunman", "مسلح"), actor("Journalists", "Capital Gazette", "صحيفة كابيتال غازيت"), fatalities=5, injured=[2, 99], optional=True),
]

C["ant-CN-middleEast-1272-20180902"] = [
    ev("air_drone_strike", ("2018-09-01", "2018-09-01"), loc("Mezzeh military airport", "SY", 33.48, 36.22, 25),
       actor("Israel", "Israeli Air Force", "إسرائيل"), actor("Syrian government forces", "الجيش السوري"), optional=True),
]

PR = ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "Southern Resistance", "Yemeni resistance", "Pro-Hadi forces"]
HOU15 = ["Houthis", "Ansar Allah", "المليشيات الحوثية", "مليشيات الحوثي", "الحوثيين", "القوات المتحالفة معها", "Saleh forces"]
D = ("2015-08-08", "2015-08-08")
def airy(name, lat, lon, tol=25, opt=False):
    return ev("air_drone_strike", D, loc(name, "YE", lat, lon, tol), actor(*COAL, "طائرات التحالف العربي"), actor(*HOU15), optional=opt)
C["snn-1c313d9a11b5"] = [
    ev("government_regains_territory", D, loc("Sanah (Al Dhale)", "YE", 13.71, 44.73, 25), actor(*PR), actor(*HOU15)),
    ev("non_state_actor_overtakes_territory", D, loc("Sanah (Al Dhale)", "YE", 13.71, 44.73, 25), actor(*PR), actor(*HOU15), optional=True),
    ev("government_regains_territory", D, loc("Qa'tabah", "YE", 13.85, 44.71, 25), actor(*PR), actor(*HOU15)),
    ev("non_state_actor_overtakes_territory", D, loc("Qa'tabah", "YE", 13.85, 44.71, 25), actor(*PR), actor(*HOU15), optional=True),
    ev("government_regains_territory", ("2015-08-07", "2015-08-07"), loc("al-Sadrin camp, Jabal Murays", "YE", 13.93, 44.67, 25), actor(*PR), actor(*HOU15)),
    ev("non_state_actor_overtakes_territory", ("2015-08-07", "2015-08-07"), loc("al-Sadrin camp, Jabal Murays", "YE", 13.93, 44.67, 25), actor(*PR), actor(*HOU15), optional=True),
    ev("armed_clash", D, loc("Zinjibar", "YE", 13.13, 45.38, 25), actor(*PR, *COAL), actor(*HOU15)),
    ev("armed_clash", D, loc("al-Alam front (Abyan)", "YE", 13.0, 45.2, 30), actor(*PR, *COAL), actor(*HOU15)),
    airy("Abyan (various areas)", 13.13, 45.38, 100, opt=True),
    ev("shelling_artillery_missile_attack", D, loc("Abyan coast", "YE", 13.13, 45.38, 50), actor(*COAL, "السفن الحربية التابعة لقوات التحالف"), actor(*HOU15), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-08"), loc("Lahij province", "YE", 13.06, 44.88, 100),
       actor(*HOU15), actor("Civilians", "المواطنين"), fatalities=[1, 99], injured=[0, 99], optional=True),
    ev("disrupted_weapons_use", ("2015-08-07", "2015-08-09"), loc("Lahij province", "YE", 13.06, 44.88, 100), actor(*PR), actor(*HOU15), optional=True),
    airy("Kitaf (Saada)", 17.03, 44.11),
    airy("Rahban (Saada)", 16.93, 43.77),
    airy("Midi (Hajjah)", 16.32, 42.81, 30),
    airy("Special security forces camp, Ibb", 13.97, 44.18, 50),
    airy("Al Hazm (Al Jawf)", 16.16, 44.78, 50),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Arhab district (Sanaa)", "YE", 15.79, 44.26, 30),
       None, actor(*HOU15, "المسلحين الحوثيين"), fatalities=2, injured=[2, 99]),
]

C["ant-SK-middleEast-1043-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Barzeh, Damascus", "SY", 33.55, 36.32, 25),
       actor("United States", "US", "United Kingdom", "UK", "France", "الولايات المتحدة", "بريطانيا", "فرنسا"),
       actor("Syrian government forces", "النظام", "الجيش السوري", "مركز البحوث العلمية"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("Barzeh, Damascus", "SY", 33.55, 36.32, 25),
       actor("United States", "US", "United Kingdom", "UK", "France", "الولايات المتحدة", "بريطانيا", "فرنسا"),
       actor("Syrian government forces", "النظام", "الجيش السوري"), fatalities=0, injured=0, optional=True),
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("west of Homs (army depots)", "SY", 34.70, 36.60, 25),
       actor("United States", "US", "United Kingdom", "UK", "France", "الولايات المتحدة", "بريطانيا", "فرنسا"),
       actor("Syrian government forces", "الجيش", "مستودعات للجيش", "Civilians", "مدنيين"), injured=3),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("west of Homs (army depots)", "SY", 34.70, 36.60, 25),
       actor("United States", "US", "United Kingdom", "UK", "France", "الولايات المتحدة", "بريطانيا", "فرنسا"),
       actor("Syrian government forces", "الجيش"), injured=3, optional=True),
    ev("disrupted_weapons_use", ("2018-04-13", "2018-04-14"), loc("Damascus", "SY", 33.51, 36.29, 25),
       actor("Syrian government forces", "Syrian air defence", "الدفاعات الجوية", "الجيش السوري"),
       actor("United States", "United Kingdom", "France"), optional=True),
    ev("disrupted_weapons_use", ("2018-04-13", "2018-04-14"), loc("west of Homs (army depots)", "SY", 34.70, 36.60, 25),
       actor("Syrian government forces", "Syrian air defence", "الدفاعات الجوية", "الجيش السوري"),
       actor("United States", "United Kingdom", "France", "الولايات المتحدة", "بريطانيا", "فرنسا"), injured=3, optional=True),
]

C["snn-0116f99055ae"] = []

C["ant-CN-middleEast-455-20180402"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Israeli forces", "Israeli police", "الشرطة الإسرائيلية", "الاحتلال الإسرائيلي"),
       actor("Protesters", "Palestinian protesters", "المتظاهرين السلميين", "فلسطينياً"), fatalities=17, injured=1400),
    ev("protest_with_intervention", ("2018-03-30", "2018-03-30"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Protesters", "Palestinian protesters", "المتظاهرين السلميين"),
       actor("Israeli forces", "الشرطة الإسرائيلية"), fatalities=17, injured=1400, optional=True),
]

C["ant-SK-middleEast-2800-20180708"] = [
    ev("armed_clash", ("2018-07-07", "2018-07-08"), loc("Ghardimaou, Jendouba", "TN", 36.45, 8.44, 25),
       actor("AQIM", "Okba Ibn Nafaa Brigade", "كتيبة عقبة بن نافع", "تنظيم القاعدة في المغرب", "مجموعة إرهابية", "المسلحين"),
       actor("Tunisian National Guard", "Police Forces of Tunisia", "الحرس الوطني", "حرس الحدود التونسي", "رجال الأمن"), fatalities=8),
]

C["ant-SK-middleEast-1122-20180419"] = [
    ev("agreement", ("2018-04-17", "2018-04-19"), loc("Yarmouk camp, south Damascus", "SY", 33.47, 36.30, 25),
       actor("Syrian government forces", "Russia", "النظام السوري", "روسيا"), actor(*ISIS, "تنظيم داعش")),
    ev("shelling_artillery_missile_attack", ("2018-04-05", "2018-04-19"), loc("south Damascus", "SY", 33.47, 36.30, 25),
       actor("Syrian government forces", "قوات النظام السوري"), actor(*ISIS), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-112.jsonl"))
