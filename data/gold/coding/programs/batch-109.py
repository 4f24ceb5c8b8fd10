import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# ---- common actors
SYR_GOV = lambda *x: actor("Syrian government forces", "Syrian Arab Army", "Syrian regime", *x)
SY_REB = lambda *x: actor("Syrian rebels", "Syrian opposition", "Free Syrian Army", *x)
HOUTHI = lambda *x: actor("Houthis", "Ansar Allah", "Houthi-Saleh forces", *x)
COAL = lambda *x: actor("Saudi-led coalition", "Arab Coalition", *x)
YE_RES = lambda *x: actor("Popular Resistance", "Pro-Hadi forces", "Yemeni government forces", *x)
CIV = lambda *x: actor("Civilians", "مدنيين", "المدنيين", *x)

C["snn-475b5c81ed94"] = []
C["snn-27e5aa943cdf"] = []
C["ant-SK-middleEast-238-20180311"] = []
C["ant-SK-middleEast-2798-20180708"] = [
    ev("air_drone_strike", ("2018-07-08", "2018-07-08"), loc("Umm al-Mayadhin", "SY", 32.58501, 36.18975, 25),
       SYR_GOV("قوات النظام", "الطيران السوري", "الطائرات الحربية السورية"), CIV(), fatalities=3),
    ev("air_drone_strike", ("2018-07-08", "2018-07-08"), loc("Daraa", "SY", 32.61889, 36.10213, 25),
       SYR_GOV("قوات النظام", "الطيران السوري", "الطائرات الحربية السورية"), CIV(), fatalities=1),
    ev("armed_clash", ("2018-07-07", "2018-07-08"), loc("Umm al-Mayadhin", "SY", 32.58501, 36.18975, 25),
       SYR_GOV("قوات النظام", "القوات الحكومية"), SY_REB("الفصائل المعارضة"), fatalities=[1, 99], injured=[0, 99]),
    ev("shelling_artillery_missile_attack", ("2018-07-08", "2018-07-08"), loc("Daraa province", "SY", 32.61889, 36.10213, 100),
       SY_REB("الفصائل المعارضة"), SYR_GOV("قوات النظام"), optional=True),
]
C["snn-f43acd5e7f95"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Taiz", "YE", 13.57825, 44.017666, 25),
       HOUTHI("الحوثيين", "المتمردين الحوثيين", "قوات الرئيس السابق علي عبد الله صالح", "قوات صالح"),
       YE_RES("المقاومة الشعبية", "المقاومة"), fatalities=20, injured=50),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-22"), loc("Taiz", "YE", 13.57825, 44.017666, 25),
       HOUTHI("ميليشيات الحوثي", "قوات صالح"), CIV()),
    ev("armed_clash", ("2015-07-21", "2015-07-22"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       YE_RES("المقاومة الشعبية", "قوات المقاومة الشعبية"), HOUTHI("الحوثيين", "مسلحي الحوثي")),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("Hamza camp, Maitam, Ibb", "YE", 13.96667, 44.18333, 25),
       COAL("طيران التحالف", "طيران التحالف العربي"), HOUTHI("مليشيات الحوثي وصالح"), fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("Wadi al-Husaini, Lahj", "YE", 13.05667, 44.88194, 50),
       COAL("طيران التحالف"), HOUTHI("مسلحاً حوثياً"), fatalities=15),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("al-Jufaina, Marib", "YE", 15.4137, 45.27884, 25),
       COAL("طائرات التحالف"), HOUTHI("الحوثيين")),
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("al-Makhdara, Marib", "YE", 15.55905, 44.9703, 25),
       YE_RES("المقاومة الشعبية", "الجيش الموالي للشرعية"), HOUTHI("ميليشيات الحوثي", "قوات صالح"), fatalities=9),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("al-Anad base, Lahj", "YE", 13.18, 44.77, 25),
       COAL("التحالف العربي"), HOUTHI()),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("Sanah, al-Dhale", "YE", 13.73, 44.72, 25),
       COAL("التحالف العربي"), HOUTHI()),
]

C["snn-59dfef3d25ed"] = []
C["snn-f23b38a8c278"] = []
C["snn-450bab452430"] = []
C["snn-270188ee1186"] = [
    ev("attack", ("2015-07-20", "2015-07-26"), loc("Fallujah", "IQ", 33.35581, 43.78612, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), CIV("العوائل", "المدنيين"), optional=True),
]
C["ant-SK-internationalNews-605-20180326"] = [
    ev("arrests", ("2018-03-25", "2018-03-25"), loc("Schleswig-Holstein", "DE", 54.07, 9.98, 100),
       actor("German police", "Police Forces of Germany", "شرطة الطرق السريعة الألمانية"),
       actor("Carles Puigdemont", "بويغدمونت", "بيغديمونت", "Catalan separatists"), optional=True),
]
C["ant-SK-internationalNews-1098-20180422"] = [
    ev("remote_explosive_landmine_ied", ("2018-04-22", "2018-04-22"), loc("Timbuktu", "ML", 16.77348, -3.00742, 25),
       None, None, optional=True),
    ev("remote_explosive_landmine_ied", ("2018-04-14", "2018-04-14"), loc("Timbuktu", "ML", 16.77348, -3.00742, 50),
       actor("Militants", "متشددين", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
       actor("MINUSMA", "UN peacekeepers", "قوات حفظ السلام", "French forces", "Military Forces of Mali"), fatalities=1, injured=[2, 99], optional=True),
]
C["snn-6f58c241b483"] = []
C["snn-eda906041ca6"] = []
C["ant-SK-internationalNews-2761-20180721"] = []
C["ant-SK-middleEast-1638-20180513"] = [
    ev("non_violent_transfer_of_territory", ("2018-05-12", "2018-05-13"), loc("al-Rastan", "SY", 34.92653, 36.73238, 25),
       SY_REB("المسلحين", "فصائلها"), SYR_GOV("الجيش السوري"), optional=True),
]
C["snn-ceafd78930de"] = [
    ev("air_drone_strike", ("2015-07-19", "2015-07-19"), loc("al-Marisa, near Benghazi", "LY", 32.108301, 20.147777, 35),
       actor("Libyan National Army", "LNA", "Libyan Air Force", "القوات الجوية", "طائرات ليبية", "جيش الحكومة المعترف بها دولياً", "Khalifa Haftar"),
       None),
]
C["ant-CN-middleEast-1165-20180810"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada", "YE", 16.94021, 43.76394, 25),
       COAL("تحالف دعم الشرعية في اليمن", "قوات التحالف", "التحالف"), None),
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Gaza City", "PS", 31.511401, 34.456143, 25),
       actor("Israel", "Israeli Defense Forces", "IDF", "الجيش الإسرائيلي", "Military Forces of Israel"),
       CIV("فلسطينيا", "Palestinians"), injured=18),
]
C["ant-SK-middleEast-1996-20180528"] = [
    ev("armed_clash", ("2018-05-27", "2018-05-28"), loc("West coast front near al-Durayhimi", "YE", 14.63702, 43.05505, 50),
       YE_RES("قوات المقاومة الوطنية", "المقاومة الوطنية", "National Resistance", "ألوية العمالقة", "Giants Brigades", "المقاومة التهامية"),
       HOUTHI("ميليشيات الحوثي", "مسلحي الحوثي", "الحوثيين"), fatalities=[0, 96]),
    ev("air_drone_strike", ("2018-05-27", "2018-05-28"), loc("West coast front near al-Durayhimi", "YE", 14.63702, 43.05505, 50),
       COAL("التحالف العربي"), HOUTHI("ميليشيات الحوثي", "مسلحي الحوثي")),
    ev("government_regains_territory", ("2018-05-25", "2018-05-27"), loc("al-Durayhimi", "YE", 14.63702, 43.05505, 25),
       YE_RES("القوات المشتركة", "المقاومة الوطنية"), HOUTHI("ميليشيات الحوثي"), optional=True),
    ev("looting_property_destruction", ("2018-05-21", "2018-05-28"), loc("Hodeidah", "YE", 14.796625, 42.945213, 50),
       HOUTHI("عناصر الميليشيات", "ميليشيات الحوثي"), None, optional=True),
]
C["ant-SK-internationalNews-1348-20180504"] = []
SA_BG = lambda *x: actor("Saudi border guards", "Military Forces of Saudi Arabia", "Saudi forces", *x)
C["snn-386f55bd3a92"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("al-Misyal, Dhahran al-Janub", "SA", 17.869335, 43.516527, 50),
       HOUTHI("المتمردون الحوثيون", "الحوثيين"), SA_BG("رجال أمن", "رجال حرس الحدود", "مركز المسيال"), fatalities=3, injured=7),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("al-Tuwal", "SA", 16.52942, 42.96762, 25),
       HOUTHI("المتمردون الحوثيون", "الحوثيين"), SA_BG("قوة المجاهدين", "Saudi Mujahideen force"), fatalities=1, injured=1),
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-31"), loc("al-Tuwal", "SA", 16.52942, 42.96762, 25),
       HOUTHI("المتمردون الحوثيون"), CIV("القرى الحدودية"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Saada province border", "YE", 17.091498, 43.910594, 100),
       SA_BG("القوات السعودية", "القوات البرية"), HOUTHI("الحوثيين"), optional=True),
]

C["ant-SK-internationalNews-2044-20180609"] = []
C["snn-ac7e5fad39d9"] = []
C["ant-SK-internationalNews-712-20180331"] = []
C["snn-54cd622d5f71"] = []
C["snn-c9ae7b854d93"] = []

C["snn-d2df001f8244"] = []
C["snn-289fc12ddef5"] = []
C["snn-9a4965fd226f"] = []
C["snn-b862c84c3432"] = [
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), loc("Ariha", "SY", 35.81374, 36.60964, 25),
       SYR_GOV("طائرة حربية سورية", "النظام السوري", "نظام الأسد"), CIV("سكان المدينة"), fatalities=31),
]
C["snn-216bd6b03683"] = []
C["ant-SK-sport-2030-20180704"] = []
C["snn-7e0826bec98e"] = []
C["ant-CN-middleEast-1127-20180606"] = []
C["ant-SK-middleEast-2395-20180615"] = []

C["snn-801736f635a1"] = []
C["ant-SK-economy-1434-20181012"] = []
GIANTS = lambda *x: actor("Giants Brigades", "Amaliqa", "ألوية العمالقة", "قوات العمالقة", "Yemeni joint resistance", "Pro-Hadi forces", *x)
C["ant-SK-middleEast-2772-20180705"] = [
    ev("armed_clash", ("2018-07-05", "2018-07-05"), loc("al-Tuhayta", "YE", 14.18356, 43.22637, 25),
       GIANTS("المقاومة اليمنية", "قوات المقاومة اليمنية"), HOUTHI("ميليشيات الحوثي", "مليشيا الحوثي", "ميليشيات الحوثي الانقلابية")),
    ev("air_drone_strike", ("2018-07-05", "2018-07-05"), loc("al-Tuhayta", "YE", 14.18356, 43.22637, 25),
       COAL("طيران التحالف العربي", "قوات تحالف دعم الشرعية في اليمن"), HOUTHI("ميليشيات الحوثي", "ميليشيات الحوثي الانقلابية")),
    ev("government_regains_territory", ("2018-07-05", "2018-07-05"), loc("al-Tuhayta", "YE", 14.18356, 43.22637, 25),
       GIANTS(), HOUTHI("مليشيا الحوثي"), optional=True),
    ev("armed_clash", ("2018-07-03", "2018-07-05"), loc("Zabid", "YE", 14.196411, 43.316688, 25),
       GIANTS("المقاومة اليمنية المشتركة"), HOUTHI("الميليشيات"), optional=True),
]
C["snn-b7142fbf2e0a"] = []
C["ant-SK-internationalNews-446-20180319"] = []
C["snn-eee6fa791dbf"] = []
C["ant-SK-internationalNews-1983-20180605"] = []
C["snn-c1d394c30fa9"] = []
C["ant-CN-middleEast-866-20180510"] = []
C["ant-SK-middleEast-1944-20180526"] = [
    ev("air_drone_strike", ("2018-05-24", "2018-05-24"), loc("al-Dabaa military airport", "SY", 34.55264, 36.61225, 25),
       actor("Israel", "Military Forces of Israel", "Israeli Air Force", "القصف الجوي الإسرائيلي", "غارات إسرائيلية"),
       actor("Iranian forces", "Iranian militias", "إيرانيين", "المليشيات الإيرانية", "Hezbollah", "حزب الله", "Syrian government forces", "عسكرياً"),
       fatalities=21),
]
C["snn-73fedf0895cd"] = []
C["snn-150cbb5ba70f"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-08-01"), loc("Dhahran al-Janub", "SA", 17.869335, 43.516527, 50),
       None, SA_BG("حرس الحدود"), fatalities=1, optional=True),
]

C["snn-9469d93b0b4c"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-30"), loc("Najran", "SA", 17.49326, 44.12766, 25),
       None, CIV("مقيمين", "Migrant workers"), injured=2),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-109.jsonl"))
