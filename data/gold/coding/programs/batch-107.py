import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

SYGOV = ["Syrian government forces", "Syrian Army", "Syrian regime", "القوات السورية", "الحكومة السورية", "قوات النظام"]

# Ghouta evacuation figures; the agreement with Ahrar al-Sham and the offensive on Harasta are vague/earlier reports
C["ant-SK-middleEast-420-20180320"] = [
    ev("agreement", ("2018-03-16", "2018-03-20"), loc("Harasta", "SY", 33.55869, 36.36515, 25),
       actor(*SYGOV), actor("Ahrar al-Sham", "أحرار الشام", "تنظيم أحرار الشام"), optional=True),
    ev("armed_clash", ("2018-03-13", "2018-03-20"), loc("Harasta", "SY", 33.55869, 36.36515, 25),
       actor(*SYGOV), actor("Ahrar al-Sham", "أحرار الشام", "Syrian opposition", "المعارضة المسلحة"), optional=True),
]
C["ant-SK-internationalNews-125-20180225"] = []  # planned UN staff strike
C["snn-7cf2fe8f4839"] = []  # fire in Jeddah
C["snn-430016eaf03e"] = []  # fire in Mecca
C["snn-fe0fd8570274"] = []  # football

C["snn-a524044073a3"] = []  # statement
C["snn-735b71580cf7"] = []  # opinion
GAZA = loc("Gaza Strip", "PS", 31.42, 34.37, 30)
ISR = ["Israel", "Israeli military", "IDF", "Israeli Defense Forces", "إسرائيل", "الاحتلال", "وزارة الدفاع الإسرائيلية"]
C["ant-CN-middleEast-1051-20180530"] = [
    ev("agreement", ("2018-05-29", "2018-05-30"), GAZA,
       actor("Hamas", "حماس", "حركة المقاومة الإسلامية", "فصائل المقاومة"), actor(*ISR)),
    ev("air_drone_strike", ("2018-05-29", "2018-05-29"), GAZA,
       actor(*ISR), actor("Hamas", "حماس", "حركتي حماس والجهاد الإسلامي", "Palestinian Islamic Jihad", "الجهاد الإسلامي")),
    ev("shelling_artillery_missile_attack", ("2018-05-29", "2018-05-29"), loc("Southern Israel (Gaza envelope)", "IL", 31.40, 34.55, 50),
       actor("Hamas", "حماس", "Palestinian Islamic Jihad", "الجهاد الإسلامي", "فصائل المقاومة"), actor(*ISR), optional=True),
]
C["snn-8708cda4eb4d"] = [
    ev("other", ("2015-08-09", "2015-08-09"), loc("Incirlik Air Base", "TR", 36.99, 35.43, 25),
       actor("United States", "US military", "الولايات المتحدة", "القوات الأميركية"), None, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.424, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), actor("Civilians", "المدنيين"), fatalities=32, optional=True),
]
C["snn-3532093de97f"] = []  # fireworks festival

C["snn-c771bc78987f"] = [  # Chattanooga shooting of 16 Jul 2015, article about motives; lone gunman
    ev("armed_clash", ("2015-07-16", "2015-07-16"), loc("Chattanooga, Tennessee", "US", 35.0456, -85.3097, 50),
       actor("Mohammad Youssef Abdulazeez", "محمد يوسف عبدالعزيز", "gunman"), actor("US military", "جنود أمريكيين", "الشرطة", "police"),
       fatalities=[5, 6], optional=True),
]
C["ant-SK-economy-404-20180423"] = []
C["ant-SK-middleEast-1438-20180504"] = []
C["snn-dd3ba2e20e89"] = []
C["ant-SK-internationalNews-1449-20180508"] = []

C["ant-SK-internationalNews-2976-20180812"] = []  # US-Turkey pastor row, sanctions
C["snn-24567cbed7f5"] = []  # analysis on Maran mountains
HOUTHI = ["Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "الحوثي"]
ANAD = loc("Al-Anad air base", "YE", 13.18, 44.77, 25)
PRO = ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "قوات الجيش", "Yemeni army", "Hadi forces", "pro-government forces"]
C["snn-b9b5f9205179"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-03"), ANAD, actor(*PRO),
       actor(*(HOUTHI + ["ميليشيات الحوثي وصالح", "Saleh forces"]))),
    ev("non_state_actor_overtakes_territory", ("2015-08-03", "2015-08-03"), ANAD, actor(*PRO),
       actor(*(HOUTHI + ["ميليشيات الحوثي وصالح", "Saleh forces"])), optional=True),
    ev("armed_clash", ("2015-08-03", "2015-08-03"), ANAD, actor(*PRO),
       actor(*(HOUTHI + ["ميليشيات الحوثي وصالح", "Saleh forces"])), optional=True),
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), ANAD,
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف"), actor(*HOUTHI), optional=True),
]
COAL = ["Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف", "التحالف العربي", "قوات التحالف", "التحالف العربي لدعم الشرعية"]
HOUTHI2 = ["Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيا الحوثي", "الحوثيين", "الميليشيات"]
D = ("2018-05-13", "2018-05-13")
C["ant-SK-middleEast-1641-20180513"] = [
    ev("air_drone_strike", D, loc("Munabbih district", "YE", 17.176624, 43.274157, 30), actor(*COAL), actor(*HOUTHI2)),
    ev("air_drone_strike", D, loc("Razih district", "YE", 16.927219, 43.254721, 30), actor(*COAL), actor(*HOUTHI2)),
    ev("air_drone_strike", D, loc("Sahar district", "YE", 16.883396, 43.6864, 30), actor(*COAL), actor(*HOUTHI2)),
    ev("shelling_artillery_missile_attack", ("2018-05-12", "2018-05-13"), loc("Ghamr district", "YE", 16.92161, 43.35079, 30), actor(*COAL), actor(*HOUTHI2)),
    ev("armed_clash", ("2018-05-12", "2018-05-13"), loc("Qaniya front (Al-Khuliqa, Dhi Hadid al-Suqur)", "YE", 14.56, 45.29, 30),
       actor("Yemeni government forces", "القوات الشرعية", "قوات الشرعية", "الجيش الوطني", "Hadi forces"), actor(*HOUTHI2)),
    ev("armed_clash", ("2018-05-12", "2018-05-13"), loc("Qaniya front (Al-Khuliqa, Dhi Hadid al-Suqur)", "YE", 14.56, 45.29, 30),
       actor("Yemeni government forces", "القوات الشرعية", "قوات الشرعية", "الجيش الوطني", "Hadi forces"), actor(*HOUTHI2), optional=True),
    ev("change_to_group_activity", ("2018-05-12", "2018-05-12"), loc("Mukayras", "YE", 13.94427, 45.67074, 25),
       actor("Abdullah Saleh Maraji", "عبد الله صالح معرجي"), actor(*HOUTHI2), optional=True),
]

C["ant-SK-internationalNews-1584-20180515"] = []
C["ant-SK-middleEast-2073-20180601"] = []  # meetings/warnings on southern Syria
C["snn-e5cdb497060c"] = []
HOUTHI3 = ["Houthis", "Ansar Allah", "المليشيا الحوثية", "الحوثيون", "الجماعة الحوثية", "الميليشيا الحوثية"]
SAUDI = ["Saudi Arabia", "Saudi Arabian military", "المملكة العربية السعودية", "السعودية", "الدفاع الجوي السعودي", "قوات الدفاع الجوي الملكي السعودي"]
C["ant-SK-middleEast-2252-20180608"] = [
    ev("shelling_artillery_missile_attack", ("2018-06-08", "2018-06-08"), loc("Najran", "SA", 17.4924, 44.12766, 50),
       actor(*HOUTHI3), actor(*SAUDI), fatalities=0),
    ev("shelling_artillery_missile_attack", ("2018-06-08", "2018-06-08"), loc("Saada province", "YE", 16.94021, 43.76394, 100),
       actor(*HOUTHI3), actor(*SAUDI), optional=True),
]
C["ant-SK-internationalNews-758-20180403"] = []  # corruption arrest of billionaire, not political violence

C["snn-3eb9c72fec56"] = [
    ev("arrests", ("2015-07-17", "2015-07-30"), loc("Ahvaz (Arab cities of Khuzestan)", "IR", 31.32, 48.67, 100),
       actor("Iranian intelligence", "جهاز المخابرات الإيرانية", "المخابرات الإيرانية", "القوات الأمنية الإيرانية", "Iranian security forces"),
       actor("Ahwazi Arabs", "المواطنين الأحوازيين", "الناشطين الأحوازيين", "Ahwazi activists", "Civilians"), optional=True),
]
C["snn-dc1a9d3a3ff2"] = []  # opinion
C["snn-a27712ad1924"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-31"), loc("Najran", "SA", 17.4924, 44.12766, 50),
       None, actor("Saudi Border Guards", "حرس الحدود", "رجال حرس الحدود", "Saudi Arabian military"), fatalities=3),
]
C["ant-SK-internationalNews-2696-20180717"] = []  # inter-state peace declaration: not an event
PRO2 = ["Popular Resistance", "المقاومة الشعبية", "Hadi forces", "pro-government forces", "الجيش الوطني", "قوات الشرعية"]
HS = ["Houthis", "Ansar Allah", "مليشيات الحوثي", "ميليشيات الحوثي", "المليشيات", "المتمردين", "مليشيات الحوثي والمخلوع صالح", "Saleh forces"]
COAL2 = ["Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف العربي", "التحالف"]
D = ("2015-08-05", "2015-08-07")
LAB = loc("Labouza camp, Lahij", "YE", 13.40, 44.60, 50)
KIR = loc("Kirsh", "YE", 13.36473, 44.49046, 25)
AQQ = loc("Wadi Aqqan", "YE", 13.38333, 44.65, 25)
C["snn-8b729c0a85da"] = [
    ev("government_regains_territory", D, LAB, actor(*PRO2), actor(*HS)),
    ev("non_state_actor_overtakes_territory", D, LAB, actor(*PRO2), actor(*HS), optional=True),
    ev("government_regains_territory", D, KIR, actor(*PRO2), actor(*HS)),
    ev("non_state_actor_overtakes_territory", D, KIR, actor(*PRO2), actor(*HS), optional=True),
    ev("government_regains_territory", D, AQQ, actor(*PRO2), actor(*HS), optional=True),
    ev("air_drone_strike", ("2015-08-02", "2015-08-07"), loc("Al-Anad air base", "YE", 13.18, 44.77, 25),
       actor(*COAL2), actor(*(HS + ["أبو جليل"])), fatalities=41),
    ev("air_drone_strike", D, loc("Zinjibar", "YE", 13.12871, 45.38073, 25), actor(*COAL2), actor(*HS)),
    ev("armed_clash", D, loc("Abyan", "YE", 13.12871, 45.38073, 100), actor(*PRO2), actor(*HS), optional=True),
]

C["snn-b25713234eff"] = []
C["ant-SK-middleEast-1483-20180507"] = [
    ev("arrests", ("2018-05-02", "2018-05-07"), loc("Ziama Mansouria", "DZ", 36.67324, 5.48119, 25),
       actor("Algerian Army", "Military Forces of Algeria", "وزارة الدفاع الجزائرية", "وزارة الدفاع الوطني", "الجيش الجزائري"),
       actor("Islamist militants", "الإرهابيين", "إرهابيين خطيرين", "الجماعات المتشددة", "أبو وائل", "أبو خالد")),
]
C["ant-SK-internationalNews-1430-20180508"] = [
    ev("arrests", ("2018-05-06", "2018-05-07"), loc("Vlotho", "DE", 52.165, 8.859, 25),
       actor("German police", "الشرطة", "السلطات الألمانية"), actor("Ursula Haverbeck", "أورسولا هافربك", "neo-Nazis", "النازيين الجدد"), optional=True),
]
C["snn-3ad4d089e9c6"] = []
C["snn-f72abda0125e"] = []

C["ant-SK-economy-1423-20181011"] = []
C["ant-CN-middleEast-1085-20180603"] = [
    ev("arrests", ("2018-05-01", "2018-05-31"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "Police Forces of Saudi Arabia", "السلطات السعودية"),
       actor("activists", "ناشطات", "Women's rights activists", "الموقوفين"), optional=True),
]
C["snn-1543e70f7065"] = []  # execution of drug smuggler
IDLIB = loc("Idlib province", "SY", 35.93062, 36.63393, 100)
C["ant-CN-middleEast-1344-20180910"] = [
    ev("abduction_forced_disappearance", ("2018-08-01", "2018-09-10"), IDLIB,
       actor("National Liberation Front", "جبهة التحرير الوطنية", "Hayat Tahrir al-Sham", "HTS", "هيئة تحرير الشام", "Free Syrian Army", "الجيش السوري الحر", "فصائل المعارضة"),
       actor("Civilians", "الموالين للنظام", "pro-regime individuals", "خلايا تعمل للنظام"), optional=True),
    ev("air_drone_strike", ("2018-09-04", "2018-09-10"), IDLIB,
       actor("Syrian government forces", "النظام السوري", "Russia", "روسيا", "Russian air force"), None, optional=True),
    ev("violent_demonstration", ("2018-09-07", "2018-09-10"), loc("Iraq", "IQ", None, None),
       actor("Protesters", "الشيعة العراقيون"), None, optional=True),
]
C["ant-SK-technology-862-20180608"] = []

BASRA = loc("Basra", "IQ", 30.53302, 47.79747, 25)
C["ant-CN-middleEast-1299-20180906"] = [
    ev("violent_demonstration", ("2018-09-03", "2018-09-06"), BASRA, actor("Protesters", "Rioters", "المحتجين", "الناس"), None),
    ev("excessive_force_against_protesters", ("2018-09-03", "2018-09-06"), BASRA, actor("Iraqi security forces", "Police Forces of Iraq"), actor("Protesters", "المحتجين"), optional=True),
    ev("protest_with_intervention", ("2018-09-03", "2018-09-06"), BASRA, actor("Protesters", "المحتجين"), actor("Iraqi security forces", "Police Forces of Iraq"), optional=True),
]
C["snn-aa3f9a58824d"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-08-08"), loc("Syria", "SY", None, None),
       actor("Turkish military", "القوات التركية", "Turkey"), actor("Islamic State", "ISIS", "داعش"), optional=True),
]
ISRA = ["Israeli military", "IDF", "Israeli Defense Forces", "الجيش الإسرائيلي", "قوات الجيش", "الجنود", "Israel"]
C["ant-CN-middleEast-920-20180514"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA, actor(*ISRA),
       actor("Protesters", "Palestinian protesters", "الفلسطينيون", "المتظاهرين الفلسطينيين"), fatalities=[2, 99], injured=[2, 99]),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Protesters", "Palestinian protesters", "الفلسطينيون", "المتظاهرين الفلسطينيين"), actor(*ISRA), fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("violent_demonstration", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Rioters", "Palestinian protesters", "الفلسطينيون", "المتظاهرين الفلسطينيين"), actor(*ISRA), fatalities=[2, 99], injured=[2, 99], optional=True),
]
AMARI = loc("Al-Amari camp (Ramallah)", "PS", 31.892, 35.211, 25)
PALY = ["Rioters", "Protesters", "الشبان الفلسطينيين", "Palestinian youths", "Palestinians", "فلسطيني"]
C["ant-SK-middleEast-1999-20180528"] = [
    ev("violent_demonstration", ("2018-05-28", "2018-05-28"), AMARI, actor(*PALY), actor(*ISRA), injured=7),
    ev("excessive_force_against_protesters", ("2018-05-28", "2018-05-28"), AMARI, actor(*ISRA), actor(*PALY), injured=7, optional=True),
    ev("protest_with_intervention", ("2018-05-28", "2018-05-28"), AMARI, actor(*PALY), actor(*ISRA), injured=7, optional=True),
    ev("violent_demonstration", ("2018-05-21", "2018-05-26"), AMARI, actor(*PALY),
       actor("Israeli military", "IDF", "المستعربين", "رونين لوبرسكي", "Israeli special forces"), fatalities=1, optional=True),
]

IS = ["Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "انتحاري", "الجماعات الإرهابية"]
C["snn-99e677b030d6"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-08"), loc("Abha (Asir region), Special Emergency Forces mosque", "SA", 18.2164, 42.5053, 100),
       actor(*IS), actor("Saudi Special Emergency Forces", "قوات الطوارئ الخاصة", "رجال الأمن", "المصلين", "Police Forces of Saudi Arabia"),
       fatalities=15, injured=7),
    ev("suicide_bomb", ("2015-05-22", "2015-05-22"), loc("Al-Qudaih", "SA", 26.56849, 49.98913, 25),
       actor(*IS), actor("Civilians", "المصلين", "Shia worshippers"), optional=True),
    ev("suicide_bomb", ("2015-05-29", "2015-05-29"), loc("Dammam (Al-Anoud mosque)", "SA", 26.43442, 50.10326, 25),
       actor(*IS), actor("Civilians", "المصلين"), optional=True),
    ev("attack", ("2014-11-03", "2014-11-03"), loc("Al-Dalwa, Al-Ahsa", "SA", 25.38, 49.68, 50),
       actor(*IS), actor("Civilians", "Shia civilians"), optional=True),
]
C["snn-e30cb71de71b"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-08"), loc("Berlin", "DE", 52.52, 13.405, 25),
       actor("Protesters", "Cannabis legalisation activists"), None, optional=True),
]
C["ant-SK-middleEast-2203-20180606"] = [
    ev("peaceful_protest", ("2018-06-05", "2018-06-05"), loc("Rabat", "MA", 33.968244, -6.83647, 25),
       actor("Protesters", "Labour Group", "عمال شركة سانترال دانون", "Centrale Danone workers", "عمال"), None),
]

C["ant-CN-middleEast-499-20180406"] = []  # ElBaradei tweets; GERD meeting

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-107.jsonl"))
