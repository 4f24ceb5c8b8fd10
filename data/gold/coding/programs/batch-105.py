import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات الحوثي", "الميليشيات", "الحوثي", "الحوثيين", "ميليشيات الحوثي الإيرانية", "المتمردون", "Houthis", "Ansar Allah", "Houthi militia"]

C["snn-7624756e3ef4"] = []
C["ant-SK-middleEast-2401-20180615"] = [
    ev("other", ("2018-06-15", "2018-06-15"), loc("Al Kurd, Ad Durayhimi district", "YE", 14.61471, 43.083391, 40),
       actor(*HOUTHI), None, optional=True),
]
C["snn-f49646187f77"] = [
    ev("arrests", ("2015-07-20", "2015-08-03"), loc("United Arab Emirates", "AE", None, None),
       actor("UAE security forces", "Police Forces of the United Arab Emirates", "دولة الإمارات العربية"), None, optional=True),
]
C["snn-c065f87d8328"] = []
C["ant-CN-middleEast-1466-20181010"] = [
    ev("other", ("2018-10-08", "2018-10-10"), loc("Idlib demilitarized zone", "SY", 35.78763, 36.679719, 100),
       actor("فصائل المعارضة المسلحة", "Syrian rebels", "Opposition armed factions"), None, optional=True),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.019389, 28.982586, 25),
       None, actor("جمال خاشقجي", "Jamal Khashoggi", "Civilians", "journalists"), optional=True),
]

COAL = ["طائرات التحالف العربي", "مقاتلات التحالف", "المقاتلات", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
HS = ["الانقلابيين الحوثيين", "الحوثيين", "مسلحي الحوثي", "قوات صالح", "الانقلابيين", "المتمردين", "Houthis", "Ansar Allah", "Saleh loyalists", "Houthi-Saleh forces"]
C["snn-78fc8c5f4af8"] = [
    ev("air_drone_strike", ("2015-08-01", "2015-08-02"), loc("Hajjah governorate (border areas)", "YE", 16.091105, 43.264417, 100),
       actor(*COAL), actor(*HS)),
    ev("air_drone_strike", ("2015-08-01", "2015-08-02"), loc("Saada governorate", "YE", 17.091498, 43.910594, 100),
       actor(*COAL), actor(*HS), optional=True),
    ev("air_drone_strike", ("2015-08-01", "2015-08-02"), loc("Aqabat Thira (between al-Bayda and Abyan)", "YE", 13.90, 45.78, 30),
       actor(*COAL), actor(*HS)),
    ev("air_drone_strike", ("2015-08-01", "2015-08-02"), loc("Ma'bar, Dhamar", "YE", 14.79395, 44.29354, 25),
       actor(*COAL), actor(*HS)),
    ev("air_drone_strike", ("2015-08-02", "2015-08-02"), loc("Al Ashraf, west of Marib city", "YE", 15.42522, 45.32165, 25),
       actor(*COAL), actor(*HS)),
    ev("air_drone_strike", ("2015-08-02", "2015-08-02"), loc("Al Anad base, Lahj", "YE", 13.176, 44.765, 30),
       actor(*COAL), actor(*HS)),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), loc("Kirsh, Lahj (near Taiz)", "YE", 13.36473, 44.49046, 25),
       actor(*COAL), actor(*HS), fatalities=16),
]
C["snn-109ab03204e3"] = []
C["snn-351db1cc6811"] = []
C["snn-88e285c68216"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-10"), loc("Sevare (hotel)", "ML", 14.53, -4.09, 50),
       actor("إرهابيون", "terrorists", "Unidentified Armed Group", "Al Mourabitoun", "Islamist militants"),
       actor("القوات المسلحة المالية", "Military Forces of Mali", "Malian army", "Malian armed forces"), fatalities=[7, 13]),
    ev("attack", ("2015-08-07", "2015-08-10"), loc("Sevare (hotel)", "ML", 14.53, -4.09, 50),
       actor("إرهابيون", "terrorists", "Unidentified Armed Group", "Al Mourabitoun", "Islamist militants"),
       actor("Civilians", "UN contractors", "مينوسما", "MINUSMA", "المتعاقدين مع مهمة الأمم المتحدة"), fatalities=[5, 13], optional=True),
]
C["ant-SK-middleEast-1259-20180426"] = [
    ev("other", ("2018-04-24", "2018-04-26"), loc("Zabid", "YE", 14.196411, 43.316688, 25),
       actor("ميليشيات الحوثي", "الميليشيا الإيرانية", "الانقلابيين", "المتمردون", "Houthis", "Ansar Allah"), None, optional=True),
]

KHASH = actor("جمال خاشقجي", "خاشقجي", "Jamal Khashoggi", "Civilians", "journalists")
C["ant-SK-middleEast-3830-20181011"] = [
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.019389, 28.982586, 25),
       None, KHASH, optional=True),
]
YARMY = ["الجيش اليمني", "قوات الجيش", "أبطال الجيش", "قيادة المنطقة العسكرية الخامسة", "Military Forces of Yemen", "Yemeni army", "Yemeni government forces"]
C["ant-SK-middleEast-935-20180411"] = [
    ev("government_regains_territory", ("2018-04-09", "2018-04-11"), loc("Midi", "YE", 16.32101, 42.81299, 25),
       actor(*YARMY), actor("مليشيات الحوثي", "مليشيا الحوثي الانقلابية", "الميليشيا", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2018-04-08", "2018-04-11"), loc("Midi", "YE", 16.32101, 42.81299, 25),
       actor(*YARMY), actor("مليشيات الحوثي", "مليشيا الحوثي الانقلابية", "الميليشيا", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-7848736103f1"] = [
    ev("attack", ("2015-07-15", "2015-07-17"), loc("Saudi Arabia", "SA", None, None),
       actor("عبد الله الرشيد", "داعش", "Islamic State", "ISIS"), actor("العقيد راشد بن إبراهيم الصفيان", "Police Forces of Saudi Arabia", "Saudi security forces"),
       fatalities=1, optional=True),
]
C["snn-a43868a00b10"] = []
HOU = ["الميليشيات الحوثية", "ميليشيات الحوثيين", "الحوثيين", "المتمردين", "المتمردين الحوثيين", "Houthis", "Ansar Allah", "Saleh loyalists"]
RES = ["المقاومة الشعبية", "عناصر المقاومة الشعبية", "قوات المقاومة الشعبية", "Popular Resistance", "Yemeni Popular Resistance", "pro-Hadi forces"]
D = ("2015-07-19", "2015-07-21")
C["snn-732b1a394965"] = [
    ev("shelling_artillery_missile_attack", D, loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25),
       actor(*HOU), actor("Civilians", "مدنيا", "المدنيين"), fatalities=43, injured=173),
    ev("armed_clash", D, loc("Aden (Dar Saad, Al-Maashiq/Crater, Tawahi)", "YE", 12.823, 44.999, 25), actor(*RES), actor(*HOU)),
    ev("armed_clash", D, loc("Sabr, Lahj (north of Aden)", "YE", 13.0025, 44.91167, 25), actor(*RES), actor(*HOU)),
    ev("air_drone_strike", D, loc("Tawahi, Aden", "YE", 12.78471, 44.9802, 25),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor(*HOU)),
    ev("air_drone_strike", D, loc("Northern and eastern suburbs of Aden", "YE", 12.852001, 45.036674, 25),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor(*HOU), optional=True),
    ev("government_regains_territory", D, loc("Al-Anad triangle, Lahj", "YE", 13.20, 44.77, 25), actor(*RES), actor(*HOU)),
    ev("non_state_actor_overtakes_territory", D, loc("Al-Anad triangle, Lahj", "YE", 13.20, 44.77, 25), actor(*RES), actor(*HOU), optional=True),
]

RESB = ["المقاومة الشعبية", "المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي", "المقاومة", "Popular Resistance", "Yemeni Popular Resistance", "pro-Hadi forces"]
HOUB = ["مسلحي الحوثي", "الحوثيين", "القوات الموالية له", "Houthis", "Ansar Allah", "Saleh loyalists"]
BAYDA = loc("Al Bayda city", "YE", 13.978998, 45.574003, 25)
C["snn-d4e46223b62f"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-10", "2015-08-11"), BAYDA, actor(*RESB), actor(*HOUB)),
    ev("government_regains_territory", ("2015-08-10", "2015-08-11"), loc("Al-Nasr camp, Al Bayda city", "YE", 13.978998, 45.574003, 25), actor(*RESB), actor(*HOUB)),
    ev("non_state_actor_overtakes_territory", ("2015-08-10", "2015-08-11"), loc("Al-Nasr camp, Al Bayda city", "YE", 13.978998, 45.574003, 25), actor(*RESB), actor(*HOUB), optional=True),
    ev("looting_property_destruction", ("2015-08-10", "2015-08-11"), loc("Al-Nasr camp, Al Bayda city", "YE", 13.978998, 45.574003, 25), None, None, optional=True),
]
RA = actor("منظمة استعادة ريكليم أستراليا", "استعادة ريكليم أستراليا", "Reclaim Australia", "متظاهر", "Protesters (Australia)")
ANTI = actor("آخرين معارضين لهم", "مناهضة للعنصرية", "anti-racism protesters", "Protesters (Australia)", "متظاهرين")
PROT = actor("متظاهرين", "المتظاهرين", "Protesters (Australia)", "Reclaim Australia", "anti-racism protesters")
POL = actor("الشرطة", "Police Forces of Australia", "Australian police")
C["snn-0c3c3307a08e"] = [
    ev("peaceful_protest", ("2015-07-19", "2015-07-20"), loc("Martin Place, Sydney", "AU", -33.8679, 151.2093, 25), RA, None),
    ev("peaceful_protest", ("2015-07-19", "2015-07-20"), loc("Martin Place, Sydney", "AU", -33.8679, 151.2093, 25), ANTI, None),
    ev("protest_with_intervention", ("2015-07-18", "2015-07-19"), loc("Melbourne", "AU", -37.8136, 144.9631, 25), PROT, POL),
    ev("violent_demonstration", ("2015-07-18", "2015-07-19"), loc("Melbourne", "AU", -37.8136, 144.9631, 25), PROT, None, optional=True),
    ev("peaceful_protest", ("2015-07-19", "2015-07-20"), loc("Canberra", "AU", -35.2809, 149.1300, 25), PROT, None),
    ev("peaceful_protest", ("2015-07-19", "2015-07-20"), loc("Perth", "AU", -31.9523, 115.8613, 25), PROT, None),
    ev("peaceful_protest", ("2015-07-19", "2015-07-20"), loc("Hobart", "AU", -42.8821, 147.3272, 25), PROT, None),
]
C["ant-CN-middleEast-23-20180219"] = [
    ev("air_drone_strike", ("2018-02-10", "2018-02-10"), loc("Syria", "SY", None, None),
       actor("إسرائيل", "Israel", "Military Forces of Israel", "Israeli Air Force"), actor("مواقع إيرانية", "Iran", "Military Forces of Iran", "Iranian forces"), optional=True),
    ev("disrupted_weapons_use", ("2018-02-10", "2018-02-10"), loc("Israel", "IL", None, None),
       actor("إسرائيل", "Israel", "Military Forces of Israel"), actor("Iran", "Military Forces of Iran"), optional=True),
]
C["snn-7a2914b7ed67"] = []
C["ant-SK-internationalNews-156-20180227"] = [
    ev("arrests", ("2018-02-24", "2018-02-25"), loc("Prague", "CZ", 50.0755, 14.4378, 25),
       actor("السلطات التشيكية", "Czech authorities", "Police Forces of Czech Republic"), actor("صالح مسلم", "Salih Muslim", "PYD", "حزب الاتحاد الديمقراطي", "Democratic Union Party"), optional=True),
]

BH = actor("بوكو حرام", "حركة بوكو حرام", "مقاتلي بوكو حرام", "Boko Haram", "Jama'atu Ahlis-Sunna Lidda'Awati Wal-Jihad", "JAS", "ISWAP")
C["ant-SK-internationalNews-70-20180222"] = [
    ev("attack", ("2018-02-20", "2018-02-21"), loc("Assighassia", "CM", 10.92, 13.80, 50),
       BH, actor("Civilians", "مدنيين", "المدنيين"), fatalities=5, injured=5),
    ev("armed_clash", ("2018-02-21", "2018-02-21"), loc("Lake Chad region (Lac), near Nigeria border", "TD", 13.46, 14.71, 100),
       BH, actor("جنديان", "القوات", "Military Forces of Chad", "Chadian army", "Chadian soldiers"), fatalities=2),
]
C["snn-e33d98b0bdfb"] = []
C["ant-CN-middleEast-111-20180227"] = []
C["snn-d3a07d4c9330"] = [
    ev("suicide_bomb", ("2015-08-01", "2015-08-11"), loc("Asir (Abha)", "SA", 18.2164, 42.5053, 100),
       actor("يوسف السليمان", "انتحاري عسير", "Islamic State", "ISIS"), None, optional=True),
]
RESL = ["المقاومة", "المقاومة الشعبية", "المقاومة في محافظة أبين", "Popular Resistance", "Yemeni Popular Resistance", "pro-Hadi forces"]
HOUL = ["الحوثيون", "الميليشيات الحوثية", "الحوثيين", "قوات الرئيس السابق علي عبد الله صالح", "Houthis", "Ansar Allah", "Saleh loyalists"]
C["snn-6fdf09830769"] = [
    ev("armed_clash", ("2015-07-28", "2015-07-31"), loc("Northern suburbs of Aden", "YE", 12.852001, 45.036674, 25), actor(*RESL), actor(*HOUL)),
    ev("armed_clash", ("2015-07-28", "2015-07-31"), loc("Lahj governorate front", "YE", 13.05667, 44.88194, 100), actor(*RESL), actor(*HOUL), optional=True),
    ev("government_regains_territory", ("2015-07-30", "2015-07-30"), loc("Lawdar", "YE", 13.88282, 45.86859, 25), actor(*RESL), actor(*HOUL)),
    ev("non_state_actor_overtakes_territory", ("2015-07-30", "2015-07-30"), loc("Lawdar", "YE", 13.88282, 45.86859, 25), actor(*RESL), actor(*HOUL), optional=True),
]

C["snn-ca03772f574f"] = []
INDIA = actor("القوات الهندية", "الهند", "Military Forces of India", "Indian army", "Indian forces")
C["snn-94be3c25cd1c"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-18"), loc("Poonch sector, Line of Control (Pakistani side)", "PK", 33.86, 73.76, 50),
       INDIA, actor("باكستان", "Military Forces of Pakistan", "Pakistan")),
    ev("shelling_artillery_missile_attack", ("2015-07-15", "2015-07-16"), loc("near Sialkot", "PK", 32.49, 74.53, 30),
       INDIA, actor("Civilians", "مدنيين", "المدنيين"), fatalities=3),
    ev("shelling_artillery_missile_attack", ("2015-07-15", "2015-07-16"), loc("Pakistani-administered Kashmir", "PK", 33.9, 73.8, 150),
       INDIA, actor("Civilians", "مدنيين", "المدنيين"), fatalities=1, optional=True),
]
C["ant-SK-middleEast-3088-20180725"] = [
    ev("peaceful_protest", ("2018-07-24", "2018-07-25"), loc("Gaza City (UNRWA headquarters)", "PS", 31.511401, 34.456143, 25),
       actor("مئات الموظفين", "الموظفين المفصولين", "موظفي الأونروا", "UNRWA employees", "Protesters (Palestine)"), None),
]
C["ant-SK-internationalNews-2903-20180807"] = [
    ev("air_drone_strike", ("2018-08-04", "2018-08-04"), loc("Caracas", "VE", 10.4806, -66.9036, 25),
       actor("سالفاتوري لوتشيسي", "المقاومة", "Salvatore Lucchese", "The Resistance", "anti-government militants", "Unidentified Armed Group"),
       actor("تجمع عسكري", "ضباط في الجيش", "نيكولاس مادورو", "Military Forces of Venezuela", "Venezuelan army", "Nicolas Maduro"), injured=7),
    ev("remote_explosive_landmine_ied", ("2018-08-04", "2018-08-04"), loc("Caracas", "VE", 10.4806, -66.9036, 25),
       actor("سالفاتوري لوتشيسي", "المقاومة", "Salvatore Lucchese", "The Resistance", "anti-government militants", "Unidentified Armed Group"),
       actor("تجمع عسكري", "ضباط في الجيش", "نيكولاس مادورو", "Military Forces of Venezuela", "Venezuelan army", "Nicolas Maduro"), injured=7, optional=True),
]
YA = actor("الجيش اليمني", "قوات الجيش اليمني", "قوات الشرعية", "الجيش", "Military Forces of Yemen", "Yemeni army", "Yemeni government forces")
HK = actor("المتمردين", "ميليشيات الحوثي", "الميليشيات", "مليشيا الحوثي", "Houthis", "Ansar Allah")
CO = actor("قوات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition")
D3 = ("2018-10-12", "2018-10-14")
C["ant-SK-middleEast-3860-20181014"] = [
    ev("armed_clash", D3, loc("Marran, Haydan district, Saada", "YE", 16.77899, 43.43372, 30), YA, HK),
    ev("government_regains_territory", D3, loc("Marran, Haydan district, Saada", "YE", 16.77899, 43.43372, 30), YA, HK, optional=True),
    ev("government_regains_territory", D3, loc("Kitaf district, Saada", "YE", 17.03165, 44.10905, 40), YA, HK, fatalities=[2, 99]),
    ev("armed_clash", D3, loc("Kitaf district, Saada", "YE", 17.03165, 44.10905, 40), YA, HK, fatalities=[2, 99], optional=True),
    ev("disrupted_weapons_use", D3, loc("Kitaf district, Saada", "YE", 17.03165, 44.10905, 40), YA, HK, optional=True),
    ev("air_drone_strike", D3, loc("Shada district, Saada", "YE", 16.892482, 43.186408, 30), CO, HK),
    ev("air_drone_strike", D3, loc("Baqim, Saada", "YE", 17.39713, 43.47743, 25), CO, HK),
    ev("air_drone_strike", D3, loc("Razih district, Saada", "YE", 16.927219, 43.254721, 30), CO, HK),
    ev("shelling_artillery_missile_attack", D3, loc("Shada district, Saada", "YE", 16.892482, 43.186408, 30), CO, HK, optional=True),
    ev("shelling_artillery_missile_attack", D3, loc("Baqim, Saada", "YE", 17.39713, 43.47743, 25), CO, HK, optional=True),
    ev("shelling_artillery_missile_attack", D3, loc("Razih district, Saada", "YE", 16.927219, 43.254721, 30), CO, HK, optional=True),
]

C["ant-SK-middleEast-515-20180323"] = []
C["snn-9ceaed3bee1a"] = []
TURK = actor("الجيش التركي", "السلطات التركية", "Military Forces of Turkey", "Turkish army", "Turkey")
ISIS = actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh")
PKK = actor("حزب العمال الكردستاني", "متمردي حزب العمال الكردستاني", "الكردستاني", "PKK", "Kurdistan Workers' Party")
DT = ("2015-07-24", "2015-07-26")
C["snn-d1a3f207a5ca"] = [
    ev("air_drone_strike", DT, loc("Syria", "SY", None, None), TURK, ISIS, optional=True),
    ev("shelling_artillery_missile_attack", DT, loc("Syria", "SY", None, None), TURK, ISIS, optional=True),
    ev("air_drone_strike", DT, loc("Northern Iraq", "IQ", None, None), TURK, PKK, optional=True),
    ev("arrests", DT, loc("Turkey", "TR", None, None),
       actor("السلطات التركية", "Police Forces of Turkey", "Turkish authorities"), actor("داعش", "حزب العمال الكردستاني", "Islamic State", "PKK"), optional=True),
]
HM = actor("الحوثيون", "المتمردون الحوثيون", "الجماعة الحوثية", "الميليشيا الحوثية", "Houthis", "Ansar Allah")
SAF = actor("القوات الجوية السعودية", "التحالف العربي لدعم الشرعية", "قوات تحالف دعم الشرعية", "Saudi-led coalition", "Military Forces of Saudi Arabia", "Royal Saudi Air Defense")
C["ant-SK-middleEast-576-20180326"] = [
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-26"), loc("Saudi Arabia", "SA", None, None), SAF, HM, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"), loc("Saudi Arabia", "SA", None, None), HM, None, optional=True),
]
C["snn-71089276fab1"] = []

C["ant-SK-middleEast-1907-20180524"] = [
    ev("suicide_bomb", ("2018-05-22", "2018-05-24"), loc("Al-Shula, Baghdad", "IQ", 33.410536, 44.235076, 25),
       None, actor("Civilians", "المدنيين"), fatalities=4),
]
C["snn-d9da0a990bd5"] = []
C["snn-79e27f6084c7"] = []
C["snn-e7046633135f"] = []
C["snn-066a79d508ac"] = []

C["ant-SK-internationalNews-50-20180219"] = []
C["ant-SK-economy-923-20180706"] = []
C["snn-fc84e7a18e07"] = []
C["snn-90309640001d"] = []
C["snn-0344c2130913"] = []
C["ant-SK-internationalNews-1813-20180527"] = []
C["snn-33b4a150f89c"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-105.jsonl"))
