import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

SYR_GOV = ("Syrian government forces", "Syrian regime", "Syrian Arab Army", "قوات النظام", "النظام السوري")
ISR = ("Israel", "Israeli forces", "Israel Defense Forces", "IDF")

C["snn-812210915b36"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-08"), loc("Sevare", "ML", 14.53, -4.09, 50),
       actor("المهاجمون", "ارهابيين", "Unidentified armed group", "militants"),
       actor("القوات المالية", "الجيش المالي", "Military Forces of Mali", "Malian army", "Malian forces"),
       fatalities=12),
    ev("attack", ("2015-08-07", "2015-08-08"), loc("Sevare", "ML", 14.53, -4.09, 50),
       actor("المهاجمون", "ارهابيين", "Unidentified armed group", "militants"),
       actor("Civilians", "اجانب", "المدنيين", "الرهائن"),
       fatalities=12, optional=True),
]
C["ant-SK-internationalNews-340-20180314"] = []
C["ant-SK-middleEast-827-20180407"] = []
C["snn-f2f7f69ab6c0"] = []
KURD_PROT = actor("Protesters", "Kurds", "الأكراد", "متظاهرا", "متظاهرين")
TR_POL = actor("Police Forces of Turkey", "Turkish police", "الشرطة التركية", "الشرطة", "السلطات")
C["ant-SK-internationalNews-508-20180322"] = [
    ev("protest_with_intervention", ("2018-03-21", "2018-03-21"), loc("Istanbul", "TR", 41.0194, 28.9826, 25),
       KURD_PROT, TR_POL),
    ev("arrests", ("2018-03-21", "2018-03-21"), loc("Istanbul", "TR", 41.0194, 28.9826, 25),
       TR_POL, KURD_PROT, optional=True),
    ev("protest_with_intervention", ("2018-03-21", "2018-03-21"), loc("Izmir", "TR", 38.4179, 27.1451, 25),
       KURD_PROT, TR_POL, optional=True),
    ev("protest_with_intervention", ("2018-03-21", "2018-03-21"), loc("Adana", "TR", 37.0106, 35.3332, 25),
       KURD_PROT, TR_POL, optional=True),
    ev("protest_with_intervention", ("2018-03-21", "2018-03-21"), loc("Batman", "TR", 37.8874, 41.1322, 25),
       KURD_PROT, TR_POL),
    ev("peaceful_protest", ("2018-03-21", "2018-03-21"), loc("Diyarbakir", "TR", 37.91, 40.22, 25),
       KURD_PROT, None, optional=True),
]
C["snn-71e3157b8ab9"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-26", "2015-07-26"), loc("Al Arish coastal road", "EG", 31.1377, 33.8113, 30),
       None,
       actor("قوات الأمن المركزي المصري", "مجندي الأمن المركزي", "Central Security Forces", "Egyptian security forces", "Police Forces of Egypt"),
       injured=18),
]
C["ant-SK-middleEast-3832-20181011"] = [
    ev("air_drone_strike", ("2018-09-01", "2018-09-30"), loc("Syria", "SY", None, None),
       actor(*ISR, "طائرات إسرائيلية", "إسرائيل"), actor(*SYR_GOV, "القوات السورية"), optional=True),
]
C["snn-74e95170b010"] = []
C["ant-CN-middleEast-1224-20180814"] = [
    ev("arrests", ("2018-08-14", "2018-08-14"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor(*ISR, "الجيش الإسرائيلي"), actor("Palestinians", "فلسطينيا", "Civilians"), optional=True),
    ev("other", ("2018-08-14", "2018-08-14"), loc("Hebron", "PS", 31.5242, 35.0882, 25),
       actor(*ISR, "الجيش الإسرائيلي"), None, optional=True),
]
C["ant-SK-economy-397-20180421"] = [
    ev("remote_explosive_landmine_ied", ("2018-04-21", "2018-04-21"), loc("near Maradah (35 km NW)", "LY", 29.45, 18.95, 50),
       actor("جماعة إرهابية", "مسلحون", "Unidentified armed group", "militants"), None),
    ev("looting_property_destruction", ("2018-04-21", "2018-04-21"), loc("near Maradah (35 km NW)", "LY", 29.45, 18.95, 50),
       actor("جماعة إرهابية", "مسلحون", "Unidentified armed group", "militants"), None, optional=True),
]
C["ant-SK-middleEast-1919-20180524"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-24", "2018-05-24"), loc("Al Dabaa military airport", "SY", 34.5526, 36.6123, 25),
       None, actor(*SYR_GOV, "مطار الضبعة العسكري")),
    ev("disrupted_weapons_use", ("2018-05-24", "2018-05-24"), loc("Al Dabaa military airport", "SY", 34.5526, 36.6123, 25),
       actor(*SYR_GOV, "وسائط الدفاع الجوي", "Syrian air defence"), None, optional=True),
]
C["ant-SK-internationalNews-3225-20180912"] = []

YEM_GOV = ("Yemeni government forces", "Government of Yemen", "قوات الشرعية", "الشرعية", "القوات المشتركة")
HOUTHI = ("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "ميليشيات الحوثي")
COAL = ("Saudi-led coalition", "Arab Coalition", "التحالف", "قوات التحالف", "التحالف العربي")
C["ant-SK-middleEast-3505-20180903"] = [
    ev("government_regains_territory", ("2018-09-03", "2018-09-03"), loc("Kitaf district (Masa'il and Rasifah mountains)", "YE", 17.0317, 44.1091, 40),
       actor(*YEM_GOV, "قوات تحالف دعم الشرعية", *COAL), actor(*HOUTHI)),
    ev("government_regains_territory", ("2018-09-01", "2018-09-03"), loc("Al Kawa village, south of Ad Durayhimi", "YE", 14.61, 43.06, 25),
       actor("ألوية العمالقة", "Giants Brigades", "Al Amalika", *YEM_GOV), actor(*HOUTHI, "ميليشيات الحوثي الموالية لإيران")),
    ev("armed_clash", ("2018-09-01", "2018-09-03"), loc("Al Kawa village, south of Ad Durayhimi", "YE", 14.61, 43.06, 25),
       actor("ألوية العمالقة", "Giants Brigades", "Al Amalika", *YEM_GOV), actor(*HOUTHI, "ميليشيات الحوثي الموالية لإيران"), optional=True),
    ev("government_regains_territory", ("2018-08-30", "2018-09-01"), loc("Al Kadahah", "YE", 13.3411, 43.8501, 25),
       actor(*YEM_GOV, *COAL), actor(*HOUTHI), optional=True),
    ev("air_drone_strike", ("2018-09-01", "2018-09-03"), loc("Shada'a district", "YE", 16.8925, 43.1864, 30),
       actor(*COAL, "طائرات تحالف دعم الشرعية"), actor(*HOUTHI)),
    ev("air_drone_strike", ("2018-09-01", "2018-09-03"), loc("Baqim district", "YE", 17.3853, 43.4910, 30),
       actor(*COAL, "طائرات تحالف دعم الشرعية"), actor(*HOUTHI)),
    ev("air_drone_strike", ("2018-09-01", "2018-09-03"), loc("Harf Sufyan district", "YE", 16.4401, 43.9850, 30),
       actor(*COAL, "طائرات تحالف دعم الشرعية"), actor(*HOUTHI)),
]
SAU_AD = actor("قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "Royal Saudi Air Defense", "Saudi air defence", "Military Forces of Saudi Arabia", *COAL)
C["ant-SK-middleEast-2162-20180605"] = [
    ev("disrupted_weapons_use", ("2018-06-05", "2018-06-05"), loc("Yanbu", "SA", 24.0895, 38.0618, 25),
       SAU_AD, actor(*HOUTHI, "الميليشيات الحوثية", "الميليشيا الحوثية"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-06-05", "2018-06-05"), loc("Yanbu", "SA", 24.0895, 38.0618, 25),
       actor(*HOUTHI, "الميليشيات الحوثية", "الميليشيا الحوثية"), actor("Civilians", "المدنية"), fatalities=0, injured=0, optional=True),
]
C["ant-SK-middleEast-2698-20180702"] = [
    ev("remote_explosive_landmine_ied", ("2018-06-30", "2018-07-02"), loc("Zabid - At Tuhayta road", "YE", 14.19, 43.27, 25),
       actor(*HOUTHI, "ميليشيات الحوثي الإيرانية"), actor("Civilians", "مدنيين", "المدنيين"), fatalities=7),
]
C["ant-CN-middleEast-1377-20180913"] = []
C["snn-c1b27a5ebc37"] = []
C["snn-94350fbbe309"] = []

LAKDIM = actor("رضوان لقديم", "منفذ الاعتداء", "المهاجم", "Radouane Lakdim", "Islamic State", "ISIS")
C["ant-SK-internationalNews-618-20180327"] = [
    ev("attack", ("2018-03-23", "2018-03-23"), loc("Trebes (and Carcassonne)", "FR", 43.2103, 2.4414, 25),
       LAKDIM, actor("Civilians", "رهائن", "المدنيين"), fatalities=[4, 5]),
    ev("armed_clash", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.2103, 2.4414, 25),
       actor("قوات الأمن", "French security forces", "Police Forces of France", "Gendarmerie"), LAKDIM, fatalities=[1, 5], optional=True),
    ev("arrests", ("2018-03-23", "2018-03-24"), loc("Carcassonne", "FR", 43.2130, 2.3491, 25),
       actor("French police", "Police Forces of France", "السلطات الفرنسية"), actor("رفيقة رضوان لقديم", "رفيقته", "شاب", "Civilians"), optional=True),
]
C["ant-SK-internationalNews-3206-20180911"] = []
C["snn-b65cf0428ef3"] = []
C["ant-SK-internationalNews-1752-20180524"] = [
    ev("remote_explosive_landmine_ied", ("2018-05-24", "2018-05-24"), loc("Hakkari province", "TR", 37.4592, 44.0614, 100),
       actor("حزب العمال الكردستاني", "مسلحين من حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"),
       actor("حراس القرى", "ميليشيا حراس القرى", "Village guards", "Village Guards (Turkey)", "Turkish government"),
       fatalities=2, injured=3),
]
C["ant-SK-technology-314-20180402"] = []
C["snn-08b7d0fc13d9"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"), loc("Cairo", "EG", 30.0626, 31.2497, 25),
       actor("الفرع المصري لتنظيم داعش", "داعش", "Islamic State", "ISIS", "Wilayat Sinai", "Sinai Province"),
       actor("كرواتي", "Civilians", "Croatian national"), optional=True),
]

SOUTH_FRONT = actor("الجبهة الجنوبية", "المعارضة المسلحة", "Southern Front", "Syrian opposition", "Free Syrian Army", "rebels")
C["snn-7ef54c340c54"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"), loc("Daraa city (central security zone)", "SY", 32.6189, 36.1021, 25),
       SOUTH_FRONT, actor(*SYR_GOV, "قوات الأسد", "القوات الحكومية")),
    ev("armed_clash", ("2015-07-24", "2015-07-24"), loc("Daraa city", "SY", 32.6189, 36.1021, 25),
       SOUTH_FRONT, actor(*SYR_GOV, "قوات الأسد", "القوات الحكومية"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Ghariyah al Gharbiyah", "SY", 32.6869, 36.2253, 25),
       actor(*SYR_GOV, "الجيش السوري"), actor("Civilians", "النساء والأطفال", "المدنيين"), fatalities=13),
    ev("armed_clash", ("2015-06-01", "2015-06-30"), loc("Daraa city", "SY", 32.6189, 36.1021, 25),
       SOUTH_FRONT, actor(*SYR_GOV, "القوات الحكومية"), optional=True),
]
C["snn-671cbbe2c8c4"] = []
C["ant-SK-internationalNews-495-20180321"] = [
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-21"), loc("Dapchi", "NG", 12.49, 11.49, 50),
       actor("بوكو حرام", "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "ISWAP"), actor("فتيات", "Civilians", "schoolgirls"), optional=True),
]
C["snn-eb9bb7ed56db"] = [
    ev("armed_clash", ("2015-07-26", "2015-08-02"), loc("Az Zabadani", "SY", 33.7249, 36.1005, 25),
       actor("حزب الله", "Hezbollah", "مقاتلي الحزب"), None, fatalities=6, injured=4, optional=True),
]
C["snn-d3e30b7bbd40"] = []
C["ant-SK-middleEast-3829-20181011"] = [
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-03"), loc("Istanbul (Saudi consulate)", "TR", 41.0194, 28.9826, 25),
       None, actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists", "الصحفي السعودي"), optional=True),
]

C["ant-SK-internationalNews-1632-20180518"] = [
    ev("arrests", ("2018-05-15", "2018-05-18"), loc("France", "FR", None, None),
       actor("French police", "Police Forces of France", "السلطات الفرنسية", "السلطات المحلية"), actor("شقيقين من أصل مصري", "المصريين", "Civilians"), optional=True),
    ev("attack", ("2018-05-11", "2018-05-12"), loc("Paris (centre)", "FR", 48.8566, 2.3522, 25),
       actor("فرنسي مولود في الشيشان", "Islamic State", "ISIS"), actor("Civilians", "أشخاص"), fatalities=[1, 2], injured=5, optional=True),
]
C["ant-SK-middleEast-401-20180319"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-17", "2018-03-19"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("الجيش التركي", "القوات التركية", "Military Forces of Turkey", "Turkish army", "Turkey", "الجماعات المدعومة من تركيا"),
       actor("وحدات حماية الشعب الكردية", "المسلحون الأكراد", "YPG", "People's Protection Units"), optional=True),
]
C["snn-a49aa4605042"] = []
C["snn-070f993c6ef6"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-22"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor("المقاومة الشعبية", "لجان المقاومة الشعبية", "قوات النخبة السعودية", "Popular Resistance", "Saudi-led coalition", "Arab Coalition", "Yemeni government forces"),
       actor("ميليشيات الحوثي", "الحوثيين", "قوات صالح", "Houthis", "Ansar Allah", "Saleh loyalists"), optional=True),
]
C["snn-ce6f9f7aa3c7"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces HQ mosque, Asir)", "SA", 18.2409, 42.5701, 50),
       actor("انتحاري", "يوسف بن سليمان عبدالله السليمان", "Islamic State", "ISIS", "Daesh"),
       actor("قوة الطوارئ الخاصة", "رجال الأمن", "منسوبي قوة الطوارئ الخاصة", "Saudi security forces", "Police Forces of Saudi Arabia", "Special Emergency Forces"),
       fatalities=15, injured=33),
]
C["ant-SK-middleEast-3491-20180902"] = []

C["ant-CN-middleEast-909-20180514"] = []
C["ant-SK-internationalNews-2822-20180724"] = []
C["ant-SK-middleEast-1164-20180421"] = []
C["ant-SK-internationalNews-1595-20180516"] = []
YNA = ("قوات الجيش الوطني اليمني", "الجيش الوطني", "الجيش", "Yemeni government forces", "Military Forces of Yemen", "Yemeni army")
HOU2 = actor(*HOUTHI, "ميليشيات الحوثي الموالية لإيران", "ميليشيات الحوثي الانقلابية", "العناصر الحوثية", "الميليشيات", "المتمردين")
D3920 = ("2018-10-15", "2018-10-17")
C["ant-SK-middleEast-3920-20181017"] = [
    ev("government_regains_territory", D3920, loc("Baqim district centre (Al Mu'ayd, Al Hamaqi villages)", "YE", 17.3971, 43.4774, 30),
       actor(*YNA, *COAL), HOU2, fatalities=[2, 99]),
    ev("armed_clash", D3920, loc("Baqim district centre", "YE", 17.3971, 43.4774, 30),
       actor(*YNA, *COAL), HOU2, fatalities=[2, 99], optional=True),
    ev("government_regains_territory", D3920, loc("Kitaf wal Buq'a district (Al Farsh, Al Ushsha)", "YE", 17.0317, 44.1091, 40),
       actor(*YNA), HOU2, fatalities=[2, 99]),
    ev("air_drone_strike", D3920, loc("Kilo 16, Hodeidah", "YE", 14.83, 43.09, 25),
       actor(*COAL, "مقاتلات التحالف العربي"), HOU2, fatalities=[0, 99]),
    ev("air_drone_strike", D3920, loc("Ad Durayhimi district", "YE", 14.6147, 43.0834, 30),
       actor(*COAL, "مقاتلات التحالف العربي"), HOU2),
    ev("air_drone_strike", D3920, loc("At Tuhayta district", "YE", 14.0808, 43.1199, 30),
       actor(*COAL, "مقاتلات التحالف العربي"), HOU2),
    ev("shelling_artillery_missile_attack", D3920, loc("north/north-west of Ad Durayhimi", "YE", 14.65, 43.04, 25),
       actor("ألوية العمالقة", "مدفعية قوات ألوية العمالقة", "Giants Brigades", "Al Amalika", *YNA), HOU2),
    ev("shelling_artillery_missile_attack", D3920, loc("south-west Bayt al Faqih district", "YE", 14.4668, 43.2899, 35),
       actor("المقاومة الوطنية", "مدفعية المقاومة الوطنية", "National Resistance", "Tareq Saleh forces", *YNA), HOU2, fatalities=[2, 99]),
    ev("shelling_artillery_missile_attack", D3920, loc("Al Manzar district, south Al Hudaydah city", "YE", 14.7966, 42.9452, 25),
       actor(*HOUTHI, "الميليشيات الإيرانية"), actor("Civilians", "مدنيين", "الأطفال"), injured=[2, 99]),
]
C["ant-SK-internationalNews-1215-20180427"] = []

C["snn-dcc0fecf000f"] = [
    ev("shelling_artillery_missile_attack", ("2015-03-25", "2015-07-22"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor(*HOUTHI, "المتمردون"), actor("Civilians", "المدنيين", "الأحياء السكنية"), fatalities=[10, 99], optional=True),
    ev("shelling_artillery_missile_attack", ("2015-03-25", "2015-07-22"), loc("Al Buraiqa (Aden refinery)", "YE", 12.7394, 44.8842, 25),
       actor(*HOUTHI), None, optional=True),
]
C["snn-93b1addefcb0"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-06"), loc("Abha (Emergency Forces HQ mosque)", "SA", 18.2409, 42.5701, 25),
       actor("تنظيم داعش", "داعش", "أبو سنان النجدي", "Islamic State", "ISIS", "Daesh"),
       actor("قوات الطوارىء", "قوات الطوارئ", "Saudi security forces", "Special Emergency Forces", "Police Forces of Saudi Arabia"),
       fatalities=15, injured=[2, 99]),
]
C["ant-SK-internationalNews-2265-20180622"] = []
C["snn-4b820531e701"] = []
C["snn-afb4d1778634"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-87.jsonl"))
