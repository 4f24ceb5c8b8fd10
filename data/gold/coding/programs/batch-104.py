import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات التمرد الحوثي", "ميليشيات الانقلابيين", "الانقلابيين", "الانقلابيون", "المتمردون", "المسلحين",
          "ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah", "Houthi-Saleh forces"]

C["snn-964e54f2efd4"] = [
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Arhab (Al-Janadiyah village)", "YE", 15.794747, 44.260647, 30),
       actor("مقاتلي القبائل", "أهالي القرية", "أبناء القرية", "المقاومة الشعبية", "المقاومة", "Popular Resistance", "tribesmen", "Tribal fighters"),
       actor(*HOUTHI), fatalities=35, injured=20),
]
C["ant-CN-middleEast-245-20180311"] = []
C["snn-42798931b67e"] = []
C["snn-d359dc5810fd"] = []
C["ant-SK-internationalNews-4-20180218"] = [
    ev("attack", ("2018-02-18", "2018-02-18"), loc("Kizlyar", "RU", 43.85, 46.71, 50),
       None, actor("Civilians", "المدنيين", "نساء", "الحشد"), fatalities=[5, 6], injured=[2, 3]),
]
C["snn-2fd46345aa63"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-08"), loc("Najran sector", "SA", 17.49326, 44.12766, 100),
       None, actor("الحرس الوطني", "Saudi National Guard", "Saudi Arabian National Guard", "القوات المشتركة", "Military Forces of Saudi Arabia"),
       fatalities=1, optional=True),
]
C["snn-bd71355eb198"] = []
C["snn-109d234c7e4c"] = []
C["snn-ded434396ca8"] = []
C["snn-3ea866dabd8e"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Maroua", "CM", 10.591, 14.316, 50),
       None, actor("Civilians", "المدنيين", "أشخاص"), fatalities=20, injured=[2, 99]),
]

C["snn-a335ae161baf"] = []
C["snn-c247b0520d5b"] = []
C["snn-eafa6d4969f0"] = []
C["snn-afecd5fd37a4"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-25"), loc("Diyarbakir province", "TR", 37.91363, 40.21721, 100),
       None, actor("قافلة عسكرية", "عسكريين تركيين", "Military Forces of Turkey", "Turkish army", "Turkish soldiers"),
       fatalities=2, injured=4),
]
C["snn-0b3935d10a5d"] = []

C["ant-SK-internationalNews-2806-20180725"] = [
    ev("attack", ("2018-07-22", "2018-07-22"), loc("Toronto (Greektown)", "CA", 43.678, -79.35, 25),
       actor("فيصل حسين", "المهاجم", "Faisal Hussain", "تنظيم داعش", "داعش", "Islamic State", "ISIS"),
       actor("Civilians", "المدنيين"), fatalities=[2, 3], injured=13, optional=True),
]
C["ant-CN-sport-304-20180526"] = []
C["snn-fc8cfc562aca"] = []
C["ant-SK-middleEast-270-20180313"] = []
C["ant-SK-middleEast-2970-20180718"] = []

C["snn-5e50d67c9dd9"] = []
C["ant-CN-middleEast-576-20180411"] = []
ISR = actor("الجيش الإسرائيلي", "الدفاعات الجوية الإسرائيلية", "القوات الإسرائيلية", "إسرائيل", "العدو الإسرائيلي", "Military Forces of Israel", "Israeli army", "IDF", "Israel")
SYRAF = actor("سلاح الجو السوري", "طائرة سورية", "Military Forces of Syria", "Syrian Air Force", "Syrian army", "Syrian government forces")
C["ant-SK-middleEast-3109-20180724"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-24", "2018-07-24"), loc("Golan Heights / Yarmouk basin", "SY", 32.95, 35.8, 35),
       ISR, SYRAF),
    ev("disrupted_weapons_use", ("2018-07-24", "2018-07-24"), loc("Golan Heights / Yarmouk basin", "SY", 32.95, 35.8, 35),
       ISR, SYRAF, optional=True),
    ev("air_drone_strike", ("2018-07-24", "2018-07-24"), loc("Sayda (Yarmouk basin)", "SY", 32.87622, 35.87609, 25),
       SYRAF, actor("المجاميع الإرهابية المسلحة", "Islamist militants", "Jaish Khalid bin al-Walid"), optional=True),
    ev("air_drone_strike", ("2018-07-20", "2018-07-24"), loc("Masyaf", "SY", 35.0653, 36.3406, 25),
       ISR, actor("موقع عسكري", "Military Forces of Syria", "Syrian army"), fatalities=0, optional=True),
]
C["ant-SK-internationalNews-43-20180220"] = [
    ev("arrests", ("2018-02-20", "2018-02-20"), loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       actor("السلطات التركية", "Police Forces of Turkey", "Turkish authorities", "Turkey"),
       actor("أنصار فتح الله غولن", "شبكة غولن", "Gulen movement", "FETO", "Gulenists"), optional=True),
]
C["snn-2b655cc6b00f"] = [
    ev("violent_demonstration", ("2015-07-29", "2015-07-31"), loc("Riyadh", "SA", 24.702524, 46.821833, 25),
       actor("عمالة آسيوية", "عمالية شرق آسيوية", "العمال", "Rioters", "Labour Group", "Asian workers", "migrant workers"),
       actor("الدوريات الأمنية", "دوريتين أمنيتين", "رجال الأمن", "Police Forces of Saudi Arabia", "Saudi police")),
    ev("protest_with_intervention", ("2015-07-29", "2015-07-31"), loc("Riyadh", "SA", 24.702524, 46.821833, 25),
       actor("عمالة آسيوية", "عمالية شرق آسيوية", "العمال", "Protesters", "Labour Group", "Asian workers", "migrant workers"),
       actor("الدوريات الأمنية", "دوريتين أمنيتين", "رجال الأمن", "Police Forces of Saudi Arabia", "Saudi police"), optional=True),
]

C["ant-SK-middleEast-1864-20180522"] = []
C["ant-SK-internationalNews-305-20180313"] = []
C["snn-f9bad9e627c5"] = [
    ev("arrests", ("2015-08-08", "2015-08-10"), loc("Latakia-Qardaha road", "SY", 35.48, 35.95, 25),
       actor("السلطات السورية", "الجهات المختصة", "Syrian authorities", "Police Forces of Syria", "Syrian government"),
       actor("سليمان الاسد", "سليمان هلال الاسد", "Suleiman al-Assad"), optional=True),
]
C["snn-194d54274563"] = []
C["snn-e8848b86851f"] = []

C["snn-9c3fd2c0ca48"] = []
IRN = actor("قوات إيرانية", "Iranian forces", "Military Forces of Iran", "Iranian Revolutionary Guard Corps", "IRGC", "Quds Force", "Iran")
C["ant-SK-middleEast-1582-20180510"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights (Israeli bases)", "SY", 33.0, 35.75, 35),
       IRN, ISR),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Syria (dozens of Iranian sites)", "SY", None, None),
       ISR, IRN, optional=True),
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"), loc("Syria (dozens of Iranian sites)", "SY", None, None),
       ISR, IRN, optional=True),
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-10"), loc("Syria", "SY", None, None),
       actor("الجيش السوري", "منظومات الدفاع الجوي", "Military Forces of Syria", "Syrian army", "Syrian air defences"), ISR, optional=True),
]
C["ant-SK-middleEast-3057-20180722"] = [
    ev("air_drone_strike", ("2018-07-20", "2018-07-22"), loc("Masyaf", "SY", 35.0653, 36.3406, 25),
       actor("مقاتلات إسرائيلية", "الطيران الإسرائيلي", "إسرائيل", "Military Forces of Israel", "Israeli Air Force", "Israel", "IDF"),
       actor("القوات الحكومية السورية", "موقعا عسكريا", "معامل الدفاع", "Military Forces of Syria", "Syrian army", "Syrian government forces"),
       fatalities=0),
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-07-22"), loc("Masyaf", "SY", 35.0653, 36.3406, 25),
       actor("مقاتلات إسرائيلية", "الطيران الإسرائيلي", "إسرائيل", "Military Forces of Israel", "Israeli Air Force", "Israel", "IDF"),
       actor("القوات الحكومية السورية", "موقعا عسكريا", "معامل الدفاع", "Military Forces of Syria", "Syrian army", "Syrian government forces"),
       fatalities=0, optional=True),
]
C["ant-SK-internationalNews-2525-20180709"] = []
C["snn-75ccee005a28"] = []

C["ant-SK-middleEast-3148-20180728"] = []
C["ant-SK-middleEast-1704-20180514"] = []
IDF = actor("الجيش الإسرائيلي", "قوات الجيش الإسرائيلية", "Military Forces of Israel", "Israeli army", "IDF", "Israeli forces")
PAL = actor("فلسطينيا", "الفلسطينيين", "رجل مسن", "Palestinians", "Civilians", "Palestinian civilians")
C["ant-SK-middleEast-124-20180228"] = [
    ev("arrests", ("2018-02-27", "2018-02-28"), loc("Al-Khader (Bethlehem)", "PS", 31.69405, 35.16685, 25), IDF, PAL),
    ev("arrests", ("2018-02-27", "2018-02-28"), loc("West Bank", "PS", 31.95, 35.25, 60), IDF, PAL, optional=True),
    ev("disrupted_weapons_use", ("2018-02-27", "2018-02-28"), loc("Al-Khader (Bethlehem)", "PS", 31.69405, 35.16685, 25), IDF, None, optional=True),
]
C["snn-33b4a150f89c"] = []
C["snn-4cbc689bbd16"] = []

C["ant-CN-internationalNews-136-20180317"] = []
C["ant-CN-middleEast-650-20180417"] = []
C["snn-2a9fb91fd392"] = []
C["snn-5818fed0ac64"] = []
C["snn-595f93920ff2"] = []
IND = actor("القوات الهندية", "القصف الهندي", "Military Forces of India", "Indian army", "Indian Border Security Force", "BSF", "India")
C["snn-8e9042a4d3cb"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-02"), loc("Bajwat sector (Sialkot)", "PK", 32.6, 74.65, 50),
       IND, actor("Civilians", "المدنيين", "القرى الحدودية الباكستانية", "المناطق المأهولة بالسكان", "Pakistani civilians")),
    ev("armed_clash", ("2015-08-01", "2015-08-02"), loc("Bajwat sector (Sialkot)", "PK", 32.6, 74.65, 50),
       IND, actor("قوات حرس الحدود الباكستانية", "Pakistan Rangers", "Military Forces of Pakistan", "Pakistani border guards"), optional=True),
]
C["ant-SK-economy-923-20180706"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-104.jsonl"))
