import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

SAUDI_CIV = actor("Civilians", "مدنيين", "المدنيين", "فتاة وطفلين")
C["snn-22220e10ae67"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-07-26"),
       loc("Najran", "SA", 17.49326, 44.12766, 25),
       None, SAUDI_CIV, fatalities=None, injured=3),
]
C["snn-80be8e4bb3fc"] = []
C["snn-1c84231679be"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"),
       loc("Jazan sector", "SA", 17.231539, 42.684461, 100),
       None, actor("Military Forces of Saudi Arabia", "Saudi Army", "القوات البرية", "القوات المشتركة", "Saudi Land Forces"),
       fatalities=1, optional=True),
]
C["ant-SK-internationalNews-3464-20181013"] = []
C["snn-a7a426fce448"] = [
    ev("looting_property_destruction", ("2015-07-29", "2015-07-29"),
       loc("Tehran (Punak)", "IR", 35.76, 51.32, 50),
       actor("Iranian security forces", "قوات الأمن الإيرانية", "بلدية طهران", "Police Forces of Iran"),
       actor("Sunni Muslim Group (Iran)", "Sunni Muslims", "السنة", "أهل السنة"), optional=True),
]

C["snn-3e12858c670e"] = []
C["ant-SK-middleEast-1944-20180526"] = [
    ev("air_drone_strike", ("2018-05-24", "2018-05-24"),
       loc("Dabaa military airport", "SY", 34.55264, 36.61225, 25),
       actor("Israel", "Military Forces of Israel", "Israeli Air Force", "إسرائيل", "الإسرائيلي"),
       actor("Military Forces of Syria", "Syrian government forces", "عسكريا", "إيرانيين", "Military Forces of Iran", "Iranian forces", "حزب الله", "Hezbollah", "المليشيات الإيرانية"),
       fatalities=21),
]
C["ant-SK-internationalNews-1668-20180519"] = []
C["ant-SK-internationalNews-1271-20180430"] = []
C["ant-SK-internationalNews-1342-20180504"] = []

C["ant-SK-middleEast-2032-20180529"] = [
    ev("other", ("2018-05-27", "2018-05-29"),
       loc("Off Gaza coast", "PS", 31.51, 34.40, 30),
       actor("Military Forces of Israel", "Israeli Navy", "الجيش الإسرائيلي", "بحريته", "جيش الدفاع"),
       actor("Palestinian activists", "السفينة الفلسطينية", "نشطاء فلسطينيين", "Civilians"), optional=True),
]
C["snn-4ed9d4e52319"] = []
JAI = actor("Jaysh al-Islam", "Jaish al-Islam", "جيش الإسلام")
C["ant-SK-middleEast-745-20180402"] = [
    ev("other", ("2018-04-02", "2018-04-02"),
       loc("Douma", "SY", 33.57175, 36.4027, 25), JAI, None, optional=True),
    ev("agreement", ("2018-03-31", "2018-04-02"),
       loc("Douma", "SY", 33.57175, 36.4027, 25), actor("Russia", "Military Forces of Russia", "روسيا"), JAI, optional=True),
]
C["snn-b0616bb5e2e5"] = []
C["ant-CN-internationalNews-302-20180501"] = [
    ev("peaceful_protest", ("2018-04-29", "2018-05-01"),
       loc("Yerevan (Republic Square)", "AM", 40.1777, 44.5126, 50),
       actor("Protesters (Armenia)", "Protesters", "المحتجين", "آلاف المحتجين", "Civic Contract", "أنصار باشينيان"), None),
]

HOUTHI = ["Houthis", "Ansar Allah", "Houthi militia"]
C["ant-SK-middleEast-2387-20180614"] = [
    ev("attack", ("2017-12-04", "2017-12-04"),
       loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor(*HOUTHI, "ميليشيات الحوثي", "الحوثيين"),
       actor("Ali Abdullah Saleh", "علي عبدالله صالح", "صالح", "General People's Congress", "GPC"),
       fatalities=1, optional=True),
]
C["ant-SK-middleEast-1114-20180418"] = [
    ev("armed_clash", ("2018-04-17", "2018-04-18"),
       loc("Douma", "SY", 33.57175, 36.4027, 25), None, actor("United Nations", "UN", "الأمم المتحدة"), optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Military Forces of Syria", "Syrian government", "الحكومة السورية"), actor("Civilians", "المدنيين"),
       fatalities=[10, 99], optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"),
       loc("Syria", "SY", None, None),
       actor("United States", "Military Forces of the United States", "الولايات المتحدة", "Military Forces of the United Kingdom", "بريطانيا", "Military Forces of France", "فرنسا"),
       actor("Military Forces of Syria", "Syrian government", "الحكومة السورية"), optional=True),
]
C["ant-SK-middleEast-2574-20180624"] = [
    ev("government_regains_territory", ("2018-06-17", "2018-06-24"),
       loc("Hodeidah airport", "YE", 14.753, 42.976, 25),
       actor("Military Forces of Yemen", "Yemeni joint forces", "القوات اليمنية المشتركة", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor(*HOUTHI, "ميليشيات الحوثي", "الميليشيات"), optional=True),
    ev("air_drone_strike", ("2018-06-17", "2018-06-24"),
       loc("Hodeidah", "YE", 14.796625, 42.945213, 25),
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف", "التحالف العربي"),
       actor(*HOUTHI, "ميليشيات الحوثي", "الميليشيات"), optional=True),
]
YEARMY = actor("Military Forces of Yemen", "Yemeni army", "الجيش اليمني", "وحدات الجيش اليمني", "قوات الجيش اليمني", "Hadi government forces")
HOU = actor(*HOUTHI, "ميليشيا الحوثي", "ميليشيا الحوثي الإيرانية", "الميليشيا الانقلابية", "المليشيا الانقلابية")
C["ant-SK-middleEast-3384-20180813"] = [
    ev("armed_clash", ("2018-08-11", "2018-08-13"),
       loc("Maqbanah (al-Fadal, Jabal al-Hisn)", "YE", 13.633813, 43.668133, 25), YEARMY, HOU,
       fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", ("2018-08-11", "2018-08-13"),
       loc("al-Dhabab front (Hadhran, al-Sayahi), west Taiz", "YE", 13.56, 43.93, 25), YEARMY, HOU,
       fatalities=[2, 99], injured=[2, 99]),
]
C["snn-81a0cfd09451"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"),
       loc("Abha (Emergency Forces mosque)", "SA", 18.240883, 42.57006, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "الداعشي"),
       actor("Saudi Emergency Forces", "قوات الطوارئ", "المصلين", "Civilians"), optional=True),
]

C["ant-SK-middleEast-455-20180321"] = [
    ev("protest_with_intervention", ("2017-12-15", "2017-12-15"),
       loc("An Nabi Salih", "PS", 32.01638, 35.12403, 25),
       actor("Protesters (Palestine)", "Palestinians", "عهد التميمي"),
       actor("Military Forces of Israel", "Israeli forces", "قوات إسرائيلية", "جنديين إسرائيليين"),
       injured=1, optional=True),
]
C["snn-7d293d74f1fc"] = [
    ev("arrests", ("2015-07-25", "2015-07-25"),
       loc("Bahrain", "BH", 26.07, 50.55, 50),
       actor("Police Forces of Bahrain", "Bahraini authorities", "السلطات البحرينية"),
       actor("اثنان من البحرينيين", "Bahraini militants"), optional=True),
]
C["ant-SK-internationalNews-2996-20180813"] = []
C["snn-f4062b0801fd"] = []
C["ant-CN-internationalNews-311-20180504"] = []

C["snn-46ed69c4d67a"] = [
    ev("peaceful_protest", ("2015-08-06", "2015-08-06"),
       loc("Ainkawa, Erbil", "IQ", 36.2306, 43.99442, 25),
       actor("Protesters (Iraq)", "Christians", "مسيحيي محافظة نينوى", "مسيحيو سهل نينوى", "المئات من مسيحيي"), None),
]
C["ant-SK-middleEast-143-20180301"] = []
JOINT = ["Military Forces of Yemen", "Yemeni joint forces", "Giants Brigades", "Al-Amaliqa", "ألوية العمالقة", "Saudi-led coalition", "Arab Coalition"]
HOU2 = actor(*HOUTHI, "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات الانقلابية", "مليشيات الحوثي الانقلابية", "الحوثيين")
TUH = loc("At Tuhayta", "YE", 14.18356, 43.22637, 25)
C["ant-SK-middleEast-2779-20180706"] = [
    ev("government_regains_territory", ("2018-07-06", "2018-07-06"), TUH,
       actor(*JOINT, "قوات المقاومة اليمنية المشتركة", "المقاومة اليمنية", "قوات المقاومة"), HOU2),
    ev("armed_clash", ("2018-07-05", "2018-07-05"), TUH,
       actor(*JOINT, "المقاومة الوطنية", "قوات المقاومة"), HOU2, fatalities=[0, 99]),
]
C["snn-96df0c8403e1"] = []
C["ant-SK-middleEast-2789-20180709"] = [
    ev("air_drone_strike", ("2018-07-07", "2018-07-09"),
       loc("South of At Tuhayta (farms)", "YE", 14.15, 43.22, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف العربي", "التحالف العربي", "التحالف"), HOU2),
    ev("armed_clash", ("2018-07-07", "2018-07-09"),
       loc("Al-Maghras, south of At Tuhayta", "YE", 14.15, 43.22, 25),
       actor(*JOINT, "القوات اليمنية المشتركة", "القوات المشتركة"), HOU2, fatalities=[10, 99], injured=[0, 99]),
    ev("armed_clash", ("2018-07-07", "2018-07-09"),
       loc("East of At Tuhayta (al-Soub)", "YE", 14.18, 43.26, 25),
       actor(*JOINT), HOU2, optional=True),
]

C["snn-d30c8703a96d"] = []
C["ant-SK-middleEast-3320-20180810"] = [
    ev("other", ("2018-08-09", "2018-08-09"),
       loc("Idlib province", "SY", 35.93062, 36.63393, 100),
       actor("Military Forces of Syria", "Syrian government", "الحكومة السورية"), None, optional=True),
]
C["ant-SK-economy-349-20180413"] = []
C["snn-c666b431bb26"] = []
C["ant-SK-middleEast-3711-20181003"] = [
    ev("other", ("2018-09-28", "2018-10-03"),
       loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor(*HOUTHI, "ميليشيات الحوثي الإيرانية", "الانقلابيين"),
       actor("صلاح ومدين", "Saleh's sons", "نجلي صالح"), optional=True),
]

C["snn-5091a0320549"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-17"),
       loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "Military Forces of the United Arab Emirates", "الإمارات", "Military Forces of Yemen"),
       actor(*HOUTHI, "ميليشيا الحوثي", "قوات المخلوع علي عبد الله صالح", "Saleh forces"), optional=True),
]
IRAN = actor("Military Forces of Iran", "Iranian forces", "Quds Force", "IRGC", "Islamic Revolutionary Guard Corps", "القوات الإيرانية", "فيلق القدس", "الحرس الثوري الإيراني", "إيران")
ISR = actor("Military Forces of Israel", "Israel", "Israel Defense Forces", "IDF", "إسرائيل", "الإسرائيلية")
GOLAN = loc("Golan Heights (Israeli bases)", "SY", 33.0, 35.75, 40)
C["ant-SK-middleEast-1567-20180510"] = [
    ev("disrupted_weapons_use", ("2018-05-08", "2018-05-10"), GOLAN, ISR, IRAN),
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-10"), GOLAN, IRAN, ISR, optional=True),
    ev("air_drone_strike", ("2018-05-08", "2018-05-10"), loc("Syria", "SY", None, None),
       ISR, actor("Military Forces of Iran", "Iranian forces", "المواقع العسكرية الإيرانية", "Military Forces of Syria", "وحدات سورية مضادة للطائرات", "مواقع دفاع جوي سورية"), optional=True),
]
IRPOL = actor("Police Forces of Iran", "Iranian security forces", "Military Forces of Iran", "الأمن", "أمن النظام", "برصاص الأمن")
AHWAZ = actor("Protesters (Iran)", "Protesters", "المتظاهرين", "المحتجين", "Ahwazi Arabs", "أبناء منطقة الأحواز")
C["ant-SK-middleEast-2733-20180703"] = [
    ev("excessive_force_against_protesters", ("2018-06-30", "2018-07-01"),
       loc("Khorramshahr (al-Muhammara)", "IR", 30.44, 48.18, 30), IRPOL, AHWAZ),
    ev("excessive_force_against_protesters", ("2018-06-30", "2018-07-01"),
       loc("Abadan", "IR", 30.34, 48.30, 30), IRPOL, AHWAZ),
    ev("protest_with_intervention", ("2018-07-01", "2018-07-03"),
       loc("Khorramshahr (al-Muhammara)", "IR", 30.44, 48.18, 30), AHWAZ, IRPOL, optional=True),
    ev("arrests", ("2018-06-30", "2018-07-01"),
       loc("Khuzestan (al-Ahwaz)", "IR", 31.32, 48.67, 100), IRPOL, AHWAZ, optional=True),
]
C["ant-SK-sport-785-20180420"] = []
C["snn-c244b6e99794"] = []
C["snn-147ed350e90c"] = []

C["ant-SK-internationalNews-2877-20180802"] = [
    ev("excessive_force_against_protesters", ("2018-07-31", "2018-08-02"),
       loc("Harare", "ZW", -17.83, 31.05, 50),
       actor("Military Forces of Zimbabwe", "Zimbabwe army", "الجيش"),
       actor("Protesters (Zimbabwe)", "MDC", "Movement for Democratic Change", "احتجاجات المعارضة", "المعارضة"),
       fatalities=6, optional=True),
]
C["ant-SK-middleEast-3231-20180802"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"),
       loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Military Forces of Turkey", "Turkish forces", "القوات التركية", "الجيش التركي", "Turkish-backed Syrian opposition", "فصائل معارضة سورية مسلحة"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية"), optional=True),
]
C["snn-6c6b4f7d0f1e"] = []
C["snn-eee6fa791dbf"] = []
C["ant-SK-middleEast-2276-20180609"] = [
    ev("armed_clash", ("2018-06-08", "2018-06-09"),
       loc("Oshnavieh", "IR", 37.04, 45.10, 30),
       actor("Islamic Revolutionary Guard Corps", "IRGC", "Military Forces of Iran", "الحرس الثوري الإيراني", "الحرس الثوري"),
       actor("Sunni militants", "مسلحين سنة", "إرهابيين", "تسعة أشخاص", "Unidentified Armed Group (Iran)"),
       fatalities=9),
]
C["snn-b64c5039f07d"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-116.jsonl"))
