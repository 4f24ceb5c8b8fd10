import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["مليشيات الحوثي", "الميليشيا الحوثية", "الحوثي", "الحوثيين", "Houthis", "Ansar Allah", "Houthi"]

C["snn-d6e9ea1b0171"] = []
C["ant-SK-middleEast-2342-20180613"] = [
    ev("disrupted_weapons_use", ("2018-06-11", "2018-06-13"),
       loc("Jazan", "SA", 16.889, 42.551, 25),
       actor("قوات الدفاع الجوي السعودي", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "تحالف دعم الشرعية في اليمن",
             "Saudi Air Defense", "Military Forces of Saudi Arabia", "Saudi Arabia", "Saudi-led coalition", "Arab Coalition"),
       actor(*HOUTHI), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-06-11", "2018-06-13"),
       loc("Jazan", "SA", 16.889, 42.551, 25),
       actor(*HOUTHI),
       actor("المملكة العربية السعودية", "Saudi Arabia", "Military Forces of Saudi Arabia", "Civilians (Saudi Arabia)"),
       fatalities=0, injured=0, optional=True),
]
C["snn-ce4119722871"] = []
C["ant-SK-middleEast-3859-20181014"] = []
C["snn-9ae1a38dfaa1"] = []
C["snn-ca1b037f039c"] = []
C["ant-SK-middleEast-806-20180406"] = []
C["snn-1980539c7468"] = []
C["snn-0bf8f908dbf6"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"),
       loc("At Tuwal, Jazan", "SA", 16.529, 42.968, 25),
       None,
       actor("قوة المجاهدين", "دورية مساندة من قوة المجاهدين", "Mujahideen Force", "Military Forces of Saudi Arabia", "Saudi security forces", "Saudi Arabia"),
       fatalities=1, injured=1),
]
C["ant-CN-middleEast-1340-20180910"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"),
       loc("Basra", "IQ", 30.509, 47.780, 25),
       actor("المتظاهرون", "المتظاهرين", "المتظاهرون العراقيون", "الحشود العراقية الغاضبة", "Protesters", "Rioters", "Protesters (Iraq)", "Rioters (Iraq)"),
       actor("القنصلية الإيرانية", "Iranian consulate", "Government of Iran", "Iran", "الحشد الشعبي", "Popular Mobilization Forces", "PMF"),
       optional=False),
    ev("peaceful_protest", ("2018-07-01", "2018-09-10"),
       loc("Khuzestan (Ahvaz)", "IR", 31.319, 48.684, 150),
       actor("الإيرانيون", "Protesters", "Protesters (Iran)"), None, optional=True),
    ev("air_drone_strike", ("2018-09-08", "2018-09-08"),
       loc("Hajin", "SY", 34.695, 40.831, 25),
       actor("الولايات المتحدة الأمريكية", "مقاتلتا F-15 أمريكيتان", "United States", "US", "Military Forces of the United States", "US-led coalition", "International Coalition"),
       None, optional=True),
    ev("air_drone_strike", ("2018-09-07", "2018-09-09"),
       loc("Idlib province", "SY", 35.931, 36.634, 100),
       actor("الضربات الجوية الروسية والسورية", "Russia", "Military Forces of Russia", "Syrian government", "Military Forces of Syria", "Syrian government forces"),
       actor("المجموعات المسلحة التابعة لتنظيم القاعدة", "تنظيم القاعدة", "al-Qaeda", "Hayat Tahrir al-Sham", "HTS", "Rebels"), optional=True),
]
C["snn-50347b5a3bb1"] = []
C["snn-c6f4d640aae7"] = []
C["snn-772171e10f29"] = []
C["ant-SK-middleEast-1742-20180516"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-16"),
       loc("Syria", "SY", None, None, 100),
       actor("إسرائيل", "Israel", "Military Forces of Israel", "إيران", "Iran", "Military Forces of Iran"),
       actor("إيران", "Iran", "Military Forces of Iran", "إسرائيل", "Israel", "Military Forces of Israel"), optional=True),
]
GOVYE = ["القوات الموالية للحكومة اليمنية", "القوات الموالية لحكومة هادي", "المقاومة الشعبية", "الجيش",
         "Pro-government forces", "Military Forces of Yemen", "Popular Resistance", "Hadi government forces", "Yemeni government forces"]
C["snn-9850695396d6"] = [
    ev("government_regains_territory", ("2015-08-08", "2015-08-09"),
       loc("Zinjibar", "YE", 13.129, 45.381, 25),
       actor(*GOVYE),
       actor("المتمردين الحوثيين", "الحوثيين", "الحوثيون", "اللواء 15", "Houthis", "Ansar Allah", "Military Forces of Yemen (Saleh loyalists)", "Saleh loyalists")),
    ev("air_drone_strike", ("2015-08-08", "2015-08-09"),
       loc("Zinjibar", "YE", 13.129, 45.381, 25),
       actor("طيران التحالف", "التحالف بقيادة السعودية", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor("الحوثيين", "Houthis", "Ansar Allah"), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-09"),
       loc("Zinjibar", "YE", 13.129, 45.381, 25),
       actor("الحوثيون", "الحوثيين", "Houthis", "Ansar Allah"),
       actor("مدنيين", "المدنيين", "Civilians", "Civilians (Yemen)"),
       fatalities=19, injured=163),
]
C["snn-ac1a68a842a3"] = []
C["snn-4ce3b9f68390"] = [
    ev("government_regains_territory", ("2015-07-01", "2015-07-24"),
       loc("Aden", "YE", 12.799, 45.015, 25),
       actor("المقاومة الشعبية", "الحكومة الشرعية", "Popular Resistance", "Pro-government forces", "Hadi government forces"),
       actor("ميليشيات الحوثي وصالح", "الحوثيين", "Houthis", "Ansar Allah", "Saleh loyalists"), optional=True),
]
C["ant-SK-economy-805-20180618"] = []
C["snn-b132aa33b1ee"] = []
C["ant-SK-middleEast-2081-20180601"] = [
    ev("government_regains_territory", ("2018-04-01", "2018-05-31"),
       loc("Al Far', Kitaf, Saada", "YE", 17.288, 44.173, 25),
       actor("قوات الجيش الوطني", "اللواء 84 مشاة", "المقاومة الشعبية", "التحالف العربي", "Military Forces of Yemen", "Yemeni army", "National Army", "Pro-government forces", "Arab Coalition", "Saudi-led coalition"),
       actor("ميليشيا الحوثي", "مليشيا الحوثي", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-3f8b9ec2323d"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-16"),
       loc("Aden", "YE", 12.799, 45.015, 25),
       actor("قوات التحالف", "القوات الجنوبية", "المقاومة الشعبية اليمنية", "المقاومة الشعبية", "قوات الجيش اليمني", "اللجان الشعبية",
             "Saudi-led coalition", "Arab Coalition", "Popular Resistance", "Southern Resistance", "Pro-government forces", "Military Forces of Yemen"),
       actor("مليشيات الحوثي", "الحوثيين", "الحوثي", "Houthis", "Ansar Allah")),
]
ISR = ["إسرائيل", "ضربة جوية إسرائيلية", "صواريخ إسرائيلية", "Israel", "Military Forces of Israel", "Israeli Air Force", "IDF"]
SYRMIL = ["موقع عسكري", "Military Forces of Syria", "Syrian government forces", "Syrian army", "Syria"]
C["ant-SK-middleEast-3075-20180723"] = [
    ev("air_drone_strike", ("2018-07-21", "2018-07-23"),
       loc("Masyaf", "SY", 35.065, 36.341, 25),
       actor(*ISR), actor(*SYRMIL), fatalities=0),
    ev("shelling_artillery_missile_attack", ("2018-07-23", "2018-07-23"),
       loc("Syrian Golan (rockets fell inside Syria)", "SY", 33.0, 35.9, 50),
       None, None, fatalities=0, injured=0, optional=True),
    ev("air_drone_strike", ("2018-07-15", "2018-07-22"),
       loc("An Nayrab (Aleppo airport)", "SY", 36.176, 37.228, 25),
       actor(*ISR), actor(*SYRMIL), optional=True),
]
RES_WC = ["المقاومة اليمنية", "المقاومة", "Yemeni Resistance", "National Resistance", "Joint Forces", "Pro-government forces", "Popular Resistance"]
HOU2 = ["ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-1856-20180522"] = [
    ev("armed_clash", ("2018-05-21", "2018-05-22"), loc("At Tuhayta, Hodeidah", "YE", 14.184, 43.226, 25),
       actor(*RES_WC), actor(*HOU2)),
    ev("armed_clash", ("2018-05-21", "2018-05-22"), loc("Al Jarrahi, Hodeidah", "YE", 14.133, 43.388, 25),
       actor(*RES_WC), actor(*HOU2)),
]
C["snn-2e114057000e"] = []
C["ant-SK-middleEast-3917-20181017"] = [
    ev("shelling_artillery_missile_attack", ("2018-10-17", "2018-10-17"),
       loc("Beersheba", "IL", 31.252, 34.791, 25),
       None, None),
]
C["snn-cabe6d1af4a2"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-17"),
       loc("Aden", "YE", 12.799, 45.015, 25),
       actor("المقاومة الشعبية", "الجيش الموالي للشرعية اليمنية", "قوات التحالف", "Popular Resistance", "Pro-government forces", "Military Forces of Yemen", "Saudi-led coalition", "Arab Coalition"),
       actor("الحوثيين", "قوات المخلوع", "اﻟميليشيات الحوثية", "Houthis", "Ansar Allah", "Saleh loyalists"), optional=True),
]
C["snn-f87bf51ed5a9"] = []
PR = ["المقاومة الشعبية", "المقاومة", "Popular Resistance", "Southern Resistance", "Pro-government forces"]
HOU3 = ["المليشيات الحوثية", "مليشيات الحوثي", "الحوثيين", "القوات المتحالفة معها", "Houthis", "Ansar Allah", "Saleh loyalists"]
COAL = ["طائرات التحالف العربي", "قوات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
C["snn-1c313d9a11b5"] = [
    ev("government_regains_territory", ("2015-08-08", "2015-08-08"), loc("Sanah (Ad Dali' governorate building)", "YE", 13.72, 44.73, 25),
       actor(*PR), actor(*HOU3)),
    ev("government_regains_territory", ("2015-08-08", "2015-08-08"), loc("Qa'tabah", "YE", 13.855, 44.706, 25),
       actor(*PR), actor(*HOU3)),
    ev("government_regains_territory", ("2015-08-07", "2015-08-07"), loc("Jabal Muris (Al-Sadrain camp)", "YE", 13.80, 44.75, 30),
       actor(*PR), actor(*HOU3)),
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Zinjibar", "YE", 13.129, 45.381, 25),
       actor(*PR), actor(*HOU3)),
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Al-Alam front, Abyan", "YE", 12.95, 45.20, 40),
       actor(*PR), actor(*HOU3)),
    ev("shelling_artillery_missile_attack", ("2015-08-08", "2015-08-08"), loc("Abyan coast (Zinjibar)", "YE", 13.129, 45.381, 50),
       actor("السفن الحربية التابعة لقوات التحالف العربي", *COAL), actor(*HOU3), optional=True),
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), loc("Abyan province", "YE", 13.129, 45.381, 100),
       actor(*COAL), actor(*HOU3)),
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), loc("Kitaf, Saada", "YE", 17.032, 44.109, 50),
       actor(*COAL), actor(*HOU3)),
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), loc("Rahban, Saada", "YE", 16.94, 43.90, 55),
       actor(*COAL), actor(*HOU3)),
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), loc("Midi, Hajjah", "YE", 16.321, 42.813, 30),
       actor(*COAL), actor(*HOU3)),
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), loc("Ibb (special security forces camp)", "YE", 13.967, 44.183, 50),
       actor(*COAL), actor("معسكر قوات الأمن الخاصة", *HOU3)),
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), loc("Al Hazm, Al Jawf", "YE", 16.164, 44.777, 30),
       actor(*COAL), actor(*HOU3)),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-09"), loc("Lahij province", "YE", 13.057, 44.882, 100),
       actor("الحوثيون", "الحوثيين", "Houthis", "Ansar Allah"), actor("المواطنين", "Civilians", "Civilians (Yemen)"), fatalities=[1, 99], injured=[0, 99], optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Arhab district, Sanaa", "YE", 15.795, 44.261, 30),
       None, actor("المسلحين الحوثيين", "Houthis", "Ansar Allah"), fatalities=2, injured=[2, 99]),
]
C["snn-127cd35decb8"] = [
    ev("arrests", ("2015-07-17", "2015-07-31"), loc("Mecca", "SA", 21.394, 39.817, 25),
       actor("الشرطة السعودية", "Police Forces of Saudi Arabia", "Saudi police"),
       actor("أتباع المهدي", "Indonesians", "Indonesian nationals"), optional=True),
]
C["ant-SK-middleEast-716-20180401"] = [
    ev("agreement", ("2018-03-31", "2018-04-01"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor("لجنة تفاوضية", "النظام السوري", "Syrian government", "Government of Syria", "روسيا", "Russia"),
       actor("جيش الإسلام", "Jaysh al-Islam", "Army of Islam")),
    ev("non_violent_transfer_of_territory", ("2018-03-31", "2018-04-01"), loc("Eastern Ghouta (Faylaq al-Rahman evacuation)", "SY", 33.53, 36.38, 25),
       actor("فيلق الرحمن", "Faylaq al-Rahman"), actor("النظام السوري", "Syrian government", "Military Forces of Syria"), optional=True),
]
C["snn-40abe61cec7d"] = []
C["ant-SK-middleEast-3647-20180911"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-07", "2018-09-07"),
       loc("Koya (KDPI headquarters), Kurdistan Region", "IQ", 36.081, 44.631, 100),
       actor("الحرس الثوري الإيراني", "Islamic Revolutionary Guard Corps", "IRGC", "Military Forces of Iran", "Iran"),
       actor("الحزب الديمقراطي الكردستاني الإيراني", "Kurdistan Democratic Party of Iran", "KDPI", "PDKI"), optional=True),
]
C["ant-SK-middleEast-2292-20180610"] = [
    ev("armed_clash", ("2018-06-08", "2018-06-10"),
       loc("Al Hudaydah", "YE", 14.797, 42.945, 50),
       actor("قوات المقاومة المشتركة", "التحالف العربي", "Joint Resistance Forces", "National Resistance", "Pro-government forces", "Arab Coalition", "Saudi-led coalition"),
       actor("ميليشيات الحوثي", "الحوثيون", "Houthis", "Ansar Allah"), optional=True),
]
SYRU = ["غارات سورية وروسية", "قوات النظام السوري", "القوات الحكومية", "Syrian government forces", "Military Forces of Syria", "Syrian regime", "Russia", "Military Forces of Russia"]
C["ant-SK-middleEast-438-20180320"] = [
    ev("air_drone_strike", ("2018-03-20", "2018-03-20"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor(*SYRU), actor("مدنيا", "المدنيين", "Civilians", "Civilians (Syria)")),
    ev("shelling_artillery_missile_attack", ("2018-03-20", "2018-03-20"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor(*SYRU), actor("مدنيا", "المدنيين", "Civilians", "Civilians (Syria)")),
    ev("shelling_artillery_missile_attack", ("2018-03-20", "2018-03-20"), loc("Jaramana (Kashkoul market)", "SY", 33.486, 36.346, 25),
       actor("فصائل المعارضة", "التنظيمات الإرهابية", "Syrian opposition", "Rebels", "Opposition factions"),
       actor("مدنيا", "المدنيين", "Civilians", "Civilians (Syria)"), fatalities=35),
    ev("air_drone_strike", ("2018-03-18", "2018-03-18"), loc("Douma", "SY", 33.572, 36.403, 25),
       None, None),
]
C["snn-d4660d7f91b6"] = [
    ev("armed_clash", ("2015-07-19", "2015-07-21"), loc("Yemen", "YE", None, None, 100),
       actor("الحوثيين", "Houthis", "Ansar Allah"),
       actor("القوات المسلحة الإماراتية", "Military Forces of the United Arab Emirates", "UAE Armed Forces", "Saudi-led coalition", "Arab Coalition"),
       fatalities=1, optional=True),
]
C["ant-SK-sport-2843-20181010"] = []
C["snn-851511c624a9"] = []
C["ant-SK-internationalNews-2267-20180622"] = []
C["snn-3eee75afed13"] = []
C["ant-SK-internationalNews-1874-20180530"] = []
C["ant-SK-sport-213-20180312"] = []
IDF = ["الجيش الإسرائيلي", "جنود الاحتلال", "Military Forces of Israel", "Israeli army", "IDF", "Israel"]
GPROT = ["الفلسطينيين", "حشود الفلسطينيين", "مسيرات العودة", "Protesters", "Protesters (Palestine)", "Palestinian protesters"]
C["ant-SK-middleEast-3440-20180817"] = [
    ev("excessive_force_against_protesters", ("2018-08-17", "2018-08-17"),
       loc("Eastern border of the Gaza Strip", "PS", 31.42, 34.38, 30),
       actor(*IDF), actor(*GPROT), fatalities=2, injured=[230, 250]),
    ev("protest_with_intervention", ("2018-08-17", "2018-08-17"),
       loc("Eastern border of the Gaza Strip", "PS", 31.42, 34.38, 30),
       actor(*GPROT), actor(*IDF), fatalities=2, injured=[230, 250], optional=True),
    ev("attack", ("2018-08-17", "2018-08-17"),
       loc("Jerusalem Old City (Bab al-Majlis, Al-Aqsa)", "PS", 31.778, 35.235, 25),
       actor("شرطيون إسرائيليون", "الشرطة الإسرائيلية", "Police Forces of Israel", "Israeli police"),
       actor("فلسطيني", "Palestinian", "Civilians (Palestine)"), fatalities=0, injured=1, optional=True),
]
C["ant-SK-internationalNews-2699-20180717"] = []
C["ant-SK-internationalNews-3408-20181010"] = [
    ev("arrests", ("2018-06-01", "2018-06-30"), loc("Belgium", "BE", None, None, 100),
       actor("الشرطة البلجيكية", "Police Forces of Belgium", "Belgian police"),
       actor("إيرانيين", "Iranian suspects"), optional=True),
]
C["ant-SK-internationalNews-2298-20180625"] = []
C["snn-d3f4dd7fa9ae"] = []
C["ant-SK-technology-1333-20180815"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-111.jsonl"))
