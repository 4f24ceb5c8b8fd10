import os, sys
sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "ميليشيات الحوثي", "الميليشيات الحوثية", "ميليشيا الحوثي", "الميليشيا الحوثية")
SAUDI_AD = actor("Saudi air defence", "Saudi Arabia", "Royal Saudi Air Defense", "الدفاع الجوي السعودي", "قوات الدفاع الجوي السعودية", "قوات الدفاع الجوي الملكي السعودي", "Saudi-led coalition", "Arab Coalition", "التحالف العربي", "قوات التحالف")
COALITION = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "التحالف", "مقاتلات التحالف العربي", "مقاتلات التحالف", "طائرات التحالف", "طائرات التحالف العسكري")
CIV = actor("Civilians", "مدنيين", "المدنيين")
SYGOV = actor("Syrian government forces", "Syrian regime", "قوات النظام", "قوات النظام السوري", "الحكومة السورية", "طائرات حربية حكومية", "نظام الأسد")
YEARMY = actor("Yemeni army", "Yemeni government forces", "الجيش اليمني", "قوات الجيش", "القوات الشرعية", "قوات الجيش اليمني")
HADI = actor("Popular Resistance", "pro-Hadi forces", "Yemeni government forces", "المقاومة الشعبية", "قوات المقاومة الشعبية", "القوات الموالية لهادي")
HOUTHI_SALEH = actor("Houthis", "Ansar Allah", "Saleh forces", "الحوثيين", "الحوثي", "مسلحي الحوثيين", "قوات الرئيس السابق", "قوات صالح", "المتمردون", "المتمردين", "ميليشيا الحوثي والمخلوع صالح", "ميليشيا الحوثي")

C["snn-18bbf4d88a2b"] = []

d968 = ("2018-04-10", "2018-04-11")
C["ant-SK-middleEast-968-20180411"] = [
    ev("disrupted_weapons_use", d968, loc("Riyadh", "SA", 24.7025, 46.8218, 25), SAUDI_AD, HOUTHI),
    ev("disrupted_weapons_use", d968, loc("Najran", "SA", 17.4924, 44.1277, 25), SAUDI_AD, HOUTHI),
    ev("disrupted_weapons_use", d968, loc("Jazan", "SA", 16.8839, 42.5670, 25), SAUDI_AD, HOUTHI),
    ev("disrupted_weapons_use", d968, loc("Abha airport", "SA", 18.2409, 42.5701, 25), COALITION, HOUTHI),
    ev("disrupted_weapons_use", d968, loc("Jazan", "SA", 16.8839, 42.5670, 25), COALITION, HOUTHI, optional=True),
    ev("shelling_artillery_missile_attack", d968, loc("Riyadh", "SA", 24.7025, 46.8218, 25), HOUTHI, None, optional=True),
    ev("shelling_artillery_missile_attack", d968, loc("Najran", "SA", 17.4924, 44.1277, 25), HOUTHI, None, optional=True),
    ev("shelling_artillery_missile_attack", d968, loc("Jazan", "SA", 16.8839, 42.5670, 25), HOUTHI, None, optional=True),
    ev("air_drone_strike", d968, loc("Abha airport", "SA", 18.2409, 42.5701, 25), HOUTHI, None, optional=True),
]

C["ant-SK-middleEast-3305-20180809"] = [
    ev("air_drone_strike", ("2018-08-07", "2018-08-09"), loc("Idlib province", "SY", 35.7876, 36.6797, 100), SYGOV, None, optional=True),
    ev("other", ("2018-08-07", "2018-08-09"), loc("Taftanaz", "SY", 35.9983, 36.7858, 25),
       actor("Syrian government forces", "مروحيات عسكرية حكومية", "قيادة القوات المسلحة"), None, optional=True),
]

C["ant-SK-internationalNews-1283-20180501"] = []
C["ant-SK-sport-423-20180325"] = []

C["ant-CN-middleEast-1180-20180811"] = [
    ev("remote_explosive_landmine_ied", ("2018-08-10", "2018-08-10"), loc("Al-Fuhays", "JO", 32.0103, 35.7686, 25),
       None, actor("Jordanian Gendarmerie", "قوات الدرك الأردنية", "الدرك"), fatalities=1, injured=[4, 49]),
    ev("disrupted_weapons_use", ("2018-08-11", "2018-08-11"), loc("Deir al-Asha'ir", "SY", 33.60, 35.95, 50),
       actor("Syrian air defences", "Syrian government", "الدفاعات الجوية السورية"), None),
]

C["ant-SK-internationalNews-852-20180407"] = [
    ev("peaceful_protest", ("2018-04-06", "2018-04-07"), loc("Sao Bernardo do Campo", "BR", -23.69, -46.56, 25),
       actor("Protesters", "Lula supporters", "Workers' Party", "مؤيديه", "حشد من مؤيديه", "حشود المؤيدين"), None),
]

C["ant-SK-middleEast-1198-20180423"] = [
    ev("air_drone_strike", ("2018-04-01", "2018-04-23"), loc("T4 airbase (Tiyas)", "SY", 34.5519, 37.6752, 25),
       actor("Israel", "Israeli military", "إسرائيل", "القصف الإسرائيلي"),
       actor("IRGC", "Islamic Revolutionary Guard Corps", "الحرس الثوري الإيراني"), fatalities=7, optional=True),
]

C["snn-7ab9966fab12"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-01", "2015-08-02"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       HOUTHI_SALEH, CIV, fatalities=9, injured=81),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-08-02"), loc("Wadi al-Madam, Taiz", "YE", 13.5783, 44.0177, 25),
       HOUTHI_SALEH, CIV, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-31", "2015-08-01"), loc("Al-Anad air base", "YE", 13.18, 44.77, 25), COALITION, HOUTHI_SALEH),
    ev("air_drone_strike", ("2015-07-31", "2015-08-01"), loc("Al-Houta, Lahj", "YE", 13.0567, 44.8819, 25), COALITION, HOUTHI_SALEH),
    ev("air_drone_strike", ("2015-07-31", "2015-08-01"), loc("Taiz", "YE", 13.5783, 44.0177, 25), COALITION, HOUTHI_SALEH),
    ev("armed_clash", ("2015-07-31", "2015-08-01"), loc("Taiz", "YE", 13.5783, 44.0177, 25), HADI, HOUTHI_SALEH, fatalities=52),
    ev("armed_clash", ("2015-08-01", "2015-08-01"), loc("Al-Madina al-Khadra, Aden", "YE", 12.85, 45.04, 25), HADI, HOUTHI_SALEH, optional=True),
    ev("armed_clash", ("2015-08-01", "2015-08-01"), loc("Zinjibar", "YE", 13.1287, 45.3807, 25), HADI, HOUTHI_SALEH, optional=True),
    ev("government_regains_territory", ("2015-07-14", "2015-08-01"), loc("Aden", "YE", 12.7987, 45.0153, 25), HADI, HOUTHI_SALEH, optional=True),
]

C["snn-59a9a628cd3a"] = [
    ev("other", ("2015-07-17", "2015-07-21"), loc("Raqqa", "SY", 35.9528, 39.0079, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), None, optional=True),
]

C["ant-CN-middleEast-930-20180515"] = [
    ev("abduction_forced_disappearance", ("2017-06-01", "2018-05-15"), loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor("Houthis", "Ansar Allah", "الحوثيين", "أنصار الله", "الحوثيون"), actor("Baha'is", "البهائيين", "Civilians"), optional=True),
]

C["snn-ee709372f960"] = []
C["ant-SK-internationalNews-1051-20180420"] = []
C["snn-8d2feb4a63e6"] = []

C["ant-SK-middleEast-2583-20180625"] = [
    ev("remote_explosive_landmine_ied", ("2018-01-01", "2018-06-25"), loc("Al-Zahari, south of Al-Khawkhah", "YE", 13.5577, 43.2746, 25),
       HOUTHI, CIV, optional=True),
]

C["ant-CN-sport-174-20180401"] = []
C["snn-43379f6fc44d"] = []
C["ant-SK-internationalNews-2451-20180703"] = []
C["snn-09d846b2d0ec"] = []
C["ant-SK-technology-1600-20181010"] = []

C["ant-CN-middleEast-1331-20180909"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-08", "2018-09-08"), loc("Koya (Koi Sanjaq)", "IQ", 36.0814, 44.6312, 25),
       actor("IRGC", "Islamic Revolutionary Guard Corps", "Iran", "الحرس الثوري الإيراني"),
       actor("KDPI", "Democratic Party of Iranian Kurdistan", "الحزب الديمقراطي الكردستاني الإيراني"), fatalities=12),
    ev("arrests", ("2018-09-06", "2018-09-08"), loc("Bahrain", "BH", None, None),
       actor("Bahraini authorities", "السلطات البحرينية"), actor("Iranians", "إيرانيا"), optional=True),
]

C["ant-SK-middleEast-1565-20180510"] = [
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"), loc("Syria", "SY", None, None),
       actor("Israel", "Israeli military", "الجيش الإسرائيلي", "إسرائيل"),
       actor("Quds Force", "IRGC", "Iran", "فيلق القدس الإيراني"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-09"), loc("near Damascus", "SY", 33.5158, 36.2815, 50),
       actor("Israel", "إسرائيل"), None, optional=True),
]

TR_ARMY = actor("Turkish army", "Turkey", "Turkish military", "الجيش التركي")
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "حزب العمال")
d462 = ("2018-03-18", "2018-03-20")
C["ant-SK-internationalNews-462-20180320"] = [
    ev("air_drone_strike", d462, loc("southern Sanliurfa province", "TR", 37.1671, 38.7939, 100), TR_ARMY, PKK, fatalities=23),
    ev("shelling_artillery_missile_attack", d462, loc("southern Sanliurfa province", "TR", 37.1671, 38.7939, 100), TR_ARMY, PKK, fatalities=23, optional=True),
    ev("armed_clash", ("2018-03-15", "2018-03-20"), loc("southern Sanliurfa province", "TR", 37.1671, 38.7939, 100), PKK,
       actor("Turkish border guards", "Turkish army", "خفر الحدود", "مقر قيادة خفر الحدود"), optional=True),
]

C["snn-babb9a160bce"] = [
    ev("abduction_forced_disappearance", ("2015-02-24", "2015-02-24"), loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor("Gunmen", "مسلحون"), actor("Civilians", "Isabelle Prime", "ايزابيل بريم", "شيرين مكاوي"), optional=True),
]

C["ant-SK-internationalNews-960-20180416"] = []

C["snn-150cb8d3d337"] = [
    ev("armed_clash", ("2015-07-19", "2015-07-21"), loc("Al-Laithi, Benghazi", "LY", 32.1149, 20.0686, 25),
       actor("Libyan police", "Libyan Interior Ministry", "وزارة الداخلية الليبية", "رجال الشرطة"), None, fatalities=1),
]

d958 = ("2018-04-10", "2018-04-12")
C["ant-SK-middleEast-958-20180412"] = [
    ev("armed_clash", d958, loc("Kitaf district, Saada", "YE", 17.0317, 44.1091, 30), YEARMY, HOUTHI, fatalities=20, injured=[2, 99]),
    ev("government_regains_territory", d958, loc("Kitaf district, Saada", "YE", 17.0317, 44.1091, 30), YEARMY, HOUTHI, optional=True),
    ev("air_drone_strike", d958, loc("Al-Dulaimi air base, Sanaa", "YE", 15.4636, 44.2379, 25), COALITION, HOUTHI),
    ev("shelling_artillery_missile_attack", d958, loc("Sirwah, Marib", "YE", 15.4493, 45.0189, 25), YEARMY, HOUTHI, fatalities=12, injured=[2, 99]),
    ev("air_drone_strike", d958, loc("Fadha, Al-Malajim district, Al-Bayda", "YE", 14.3599, 45.3899, 30), COALITION, HOUTHI, fatalities=[2, 99]),
    ev("air_drone_strike", d958, loc("Saada", "YE", 16.9402, 43.7639, 100), COALITION, HOUTHI, fatalities=2),
]

C["ant-SK-internationalNews-1998-20180606"] = []

d9f4 = ("2015-07-24", "2015-07-26")
C["snn-9f48b6203420"] = [
    ev("shelling_artillery_missile_attack", d9f4, loc("Qanbura, Ahad al-Masarihah", "SA", 16.7099, 42.955, 30),
       HOUTHI_SALEH, CIV, fatalities=1),
    ev("shelling_artillery_missile_attack", d9f4, loc("Yemen (border area)", "YE", None, None),
       actor("Saudi armed forces", "Saudi Arabia", "مدفعية القوات المسلحة", "القوات المسلحة"), HOUTHI_SALEH, optional=True),
    ev("air_drone_strike", d9f4, loc("Yemen (border area)", "YE", None, None),
       actor("Saudi armed forces", "Saudi Arabia", "طائرات الأباتشي"), HOUTHI_SALEH, optional=True),
]

C["ant-SK-internationalNews-1712-20180522"] = []

C["snn-f9fab2e972f1"] = [
    ev("attack", ("2015-07-30", "2015-08-01"), loc("Duma", "PS", 32.0586, 35.3648, 25),
       actor("Israeli settlers", "Settlers", "المستوطنين"), actor("Civilians", "Palestinian civilians", "علي دوابشة", "الرضيع علي دوابشة"),
       fatalities=1, optional=True),
]

C["snn-813ab87f2c47"] = []
C["ant-CN-economy-297-20180910"] = []

C["snn-75124c634a89"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-21"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor("Popular Resistance", "المقاومة", "Yemeni government forces"), actor("Houthis", "Saleh forces", "الحوثي", "المخلوع"), optional=True),
]

C["ant-SK-middleEast-1262-20180426"] = []
C["snn-ac3756beef36"] = []
C["snn-723861adf7ab"] = []
C["snn-c6267f42d637"] = []
C["snn-d47000d59cef"] = []
C["snn-0c92499802ef"] = []

C["ant-CN-middleEast-1297-20180906"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-06", "2018-09-06"), loc("Al-Tamanah", "SY", 35.4585, 36.7482, 25),
       None, actor("White Helmets", "Syria Civil Defence", "الخوذ البيضاء", "Civilians")),
    ev("air_drone_strike", ("2018-09-06", "2018-09-06"), loc("Al-Tahh (al-Tuhaut)", "SY", 35.5411, 36.7290, 25),
       None, CIV, fatalities=1, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-09-06", "2018-09-06"), loc("Al-Tahh (al-Tuhaut)", "SY", 35.5411, 36.7290, 25),
       None, CIV, fatalities=1, optional=True),
    ev("air_drone_strike", ("2018-09-06", "2018-09-06"), loc("Idlib province", "SY", 35.7876, 36.6797, 100),
       None, CIV, optional=True),
    ev("air_drone_strike", ("2018-09-04", "2018-09-04"), loc("southern Idlib", "SY", 35.7876, 36.6797, 100),
       None, CIV, fatalities=14, optional=True),
    ev("peaceful_protest", ("2018-09-01", "2018-09-06"), loc("Basra", "IQ", 30.533, 47.7975, 25),
       actor("Protesters", "المحتجين"), None, optional=True),
]

C["ant-SK-sport-2382-20180803"] = []

C["ant-SK-middleEast-3515-20180903"] = [
    ev("disrupted_weapons_use", ("2018-09-03", "2018-09-03"), loc("Jazan", "SA", 16.8839, 42.5670, 25), SAUDI_AD, HOUTHI,
       fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-09-03", "2018-09-03"), loc("Jazan", "SA", 16.8839, 42.5670, 25), HOUTHI, None,
       fatalities=0, injured=0, optional=True),
]

PROT = actor("Protesters", "Palestinian protesters", "المتظاهرين السلميين", "متظاهرين سلميين", "مسيرة العودة الكبرى")
ISR = actor("Israel", "Israeli forces", "Israeli army", "الاحتلال الإسرائيلي", "إسرائيل", "الاحتلال")
C["ant-SK-middleEast-725-20180402"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       PROT, ISR, fatalities=16, injured=1500),
    ev("protest_with_intervention", ("2018-03-30", "2018-03-30"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       PROT, ISR, fatalities=16, injured=1500, optional=True),
]

C["snn-357798c2ae1a"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), loc("Al-Mughayir, Old Aleppo", "SY", 36.2012, 37.1612, 25),
       actor("Syrian government forces", "Syrian regime", "قوات النظام السوري", "قوات النظام"), CIV, fatalities=18, injured=[10, 99]),
    ev("abduction_forced_disappearance", ("2015-07-12", "2015-07-12"), loc("Aleppo", "SY", 36.2012, 37.1612, 50),
       None, actor("Spanish journalists", "الصحافيين الإسبان", "Civilians"), optional=True),
    ev("air_drone_strike", ("2015-07-08", "2015-07-08"), loc("Sarmada", "SY", 36.1855, 36.7223, 25),
       actor("United States", "US military", "Pentagon", "ضربة جوية أمريكية"),
       actor("al-Qaeda", "Khorasan group", "تنظيم القاعدة", "جماعة خراسان", "محسن الفضلي"), fatalities=1, optional=True),
]

IQF = actor("Iraqi forces", "Iraqi security forces", "القوات العراقية", "القوات المشتركة العراقية")
ISIS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "دواعش", "مسلحين متشددين")
C["ant-SK-middleEast-2771-20180705"] = [
    ev("armed_clash", ("2018-07-05", "2018-07-05"), loc("eastern Diyala province", "IQ", 33.9621, 45.1036, 100), IQF, ISIS),
    ev("armed_clash", ("2018-07-05", "2018-07-05"), loc("Kirkuk province", "IQ", 35.4428, 44.3841, 100), IQF, ISIS),
    ev("disrupted_weapons_use", ("2018-07-03", "2018-07-05"), loc("Diyala / Kirkuk", "IQ", 34.6, 44.7, 100), IQF, ISIS, optional=True),
    ev("arrests", ("2018-07-03", "2018-07-05"), loc("Diyala / Kirkuk", "IQ", 34.6, 44.7, 100), IQF, ISIS, optional=True),
]

C["snn-46bfc37f5957"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-125.jsonl"))
