import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-53a0895b0425"] = []
C["ant-SK-economy-1069-20180730"] = []
C["snn-8013d40133e9"] = []
C["snn-81749b45aa1a"] = [
    ev("government_regains_territory", ("2015-07-01", "2015-08-10"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       None, actor("Houthis", "الحوثيين", "المليشيات التابعة لصالح"), optional=True),
]
C["ant-SK-internationalNews-197-20180301"] = [
    ev("attack", ("1981-10-14", "1981-10-14"), loc("Dunedin", "NZ", -45.87, 170.50, 25),
       actor("كريستوفر لويس", "Christopher Lewis"), actor("Queen Elizabeth II", "الملكة إليزابيث الثانية"), optional=True),
]
C["ant-SK-middleEast-2708-20180701"] = []
C["snn-d684bcf93c1e"] = []
C["snn-b6185ce49e8e"] = [
    ev("abduction_forced_disappearance", ("2015-07-01", "2015-07-20"), loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor("Houthis", "المتمردون الحوثيون", "الحوثيون"), actor("محمد همام", "Central Bank of Yemen"), optional=True),
]
PAL = actor("Palestinians", "فلسطينيين", "مثيري شغب ملثمين", "Protesters")
ISP = actor("Israeli police", "الشرطة الاسرائيلية", "الشرطة الإسرائيلية", "Police Forces of Israel")
AQSA = loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.776, 35.236, 10)
C["snn-1dce0481ee96"] = [
    ev("violent_demonstration", ("2015-07-25", "2015-07-26"), AQSA, PAL, ISP, injured=[2, 99]),
    ev("protest_with_intervention", ("2015-07-25", "2015-07-26"), AQSA, PAL, ISP, injured=[2, 99], optional=True),
]
C["snn-016472ba6d1b"] = []
C["ant-SK-middleEast-2811-20180709"] = []
C["snn-b8abb6d64ced"] = []

TURK = actor("Military Forces of Turkey", "Turkey", "تركيا", "القصف التركي")
C["snn-3bcbce64076f"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-27"), loc("Sidakan, Soran district", "IQ", 36.7968, 44.6721, 30),
       TURK, actor("PKK", "حزب العمال الكردستاني", "العمال الكردستاني", "Kurdistan Workers' Party"), fatalities=0, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-27"), loc("Sidakan, Soran district", "IQ", 36.7968, 44.6721, 30),
       TURK, actor("PKK", "حزب العمال الكردستاني", "العمال الكردستاني", "Kurdistan Workers' Party"), fatalities=0, optional=True),
    ev("peaceful_protest", ("2015-07-26", "2015-07-26"), loc("Qandil Mountains", "IQ", 36.45, 44.95, 50),
       actor("Protesters", "مواطني الإقليم", "Civilians"), None, optional=True),
]
C["ant-SK-middleEast-3910-20181016"] = []
C["snn-0bf23dfa2ee8"] = []
C["ant-SK-internationalNews-3044-20180816"] = []
BEP = actor("Police Forces of Belgium", "الشرطة البلجيكية", "الشرطة الخاصة", "الشرطة", "Belgian police")
SUS = actor("أمير س.", "نسيمة ن.", "Amir S.", "Nasimeh N.", "الزوجان")
C["ant-SK-internationalNews-2423-20180702"] = [
    ev("arrests", ("2018-06-30", "2018-06-30"), loc("Brussels", "BE", 50.85, 4.35, 25), BEP, SUS),
    ev("disrupted_weapons_use", ("2018-06-30", "2018-06-30"), loc("Brussels", "BE", 50.85, 4.35, 25), BEP, SUS, optional=True),
    ev("arrests", ("2018-06-28", "2018-07-02"), loc("Germany", "DE", None, None), actor("Germany", "ألمانيا"),
       actor("Iranian diplomat", "دبلوماسي إيراني", "دبلوماسيا إيرانيا"), optional=True),
    ev("arrests", ("2018-06-28", "2018-07-02"), loc("France", "FR", None, None), actor("France", "فرنسا"), None, optional=True),
    ev("peaceful_protest", ("2018-06-30", "2018-06-30"), loc("Villepinte, Paris", "FR", 48.96, 2.53, 25),
       actor("People's Mujahedin of Iran", "MEK", "مجاهدي خلق", "المعارضة الإيرانية", "Protesters"), None, optional=True),
]
C["snn-618a6a638ac1"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.424, 50),
       actor("Islamic State", "ISIS", "الدولة الاسلامية", "مهاجم انتحاري"), None, fatalities=32, optional=True),
]
C["ant-SK-internationalNews-2770-20180722"] = [
    ev("armed_clash", ("2018-07-19", "2018-07-20"), loc("Baroua, Diffa", "NE", 13.7, 13.3, 75),
       actor("Boko Haram", "بوكوحرام", "جماعة بوكوحرام", "Jama'atu Ahli is-Sunnah lid-Da'awati wal-Jihad"),
       actor("Military Forces of Niger", "جيش النيجر", "Niger army", "قواتنا"), fatalities=11, injured=2),
]
C["ant-SK-internationalNews-2256-20180621"] = []
C["ant-SK-internationalNews-3574-20181020"] = [
    ev("remote_explosive_landmine_ied", ("2018-10-20", "2018-10-20"), loc("Kabul", "AF", 34.53, 69.17, 25),
       None, actor("Civilians", "ناخبين", "Voters"), fatalities=[2, 99], injured=[2, 99]),
    ev("attack", ("2018-10-18", "2018-10-18"), loc("Kandahar", "AF", 31.61, 65.71, 50),
       None, actor("قائد شرطة قندهار", "Kandahar police chief", "Police Forces of Afghanistan"), fatalities=1, optional=True),
]
IDF = actor("Israeli army", "Military Forces of Israel", "الجيش الإسرائيلي", "قوات الأمن", "قوات جيش الدفاع", "Israel Defense Forces", "IDF", "الشاباك", "Shin Bet")
C["ant-CN-middleEast-1228-20180814"] = [
    ev("arrests", ("2018-08-13", "2018-08-14"), loc("West Bank", "PS", 31.95, 35.25, 75), IDF,
       actor("Palestinians", "فلسطينيا", "مطلوبًا فلسطينيًا"), optional=True),
    ev("disrupted_weapons_use", ("2018-08-13", "2018-08-14"), loc("Yatta", "PS", 31.4587, 35.0756, 25), IDF, None),
    ev("arrests", ("2018-08-13", "2018-08-13"), loc("Hebron", "PS", 31.5242, 35.0882, 25), IDF, None),
    ev("disrupted_weapons_use", ("2018-08-13", "2018-08-13"), loc("Hebron", "PS", 31.5242, 35.0882, 25), IDF, None, optional=True),
    ev("disrupted_weapons_use", ("2018-08-07", "2018-08-14"), loc("Tulkarm", "PS", 32.3159, 35.0322, 25), IDF, None, optional=True),
    ev("air_drone_strike", ("2018-08-07", "2018-08-13"), loc("Saada", "YE", 16.9402, 43.7639, 50),
       actor("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية في اليمن"), actor("Civilians", "حافلة مدرسية"), optional=True),
]
HOU = actor("Houthis", "الحوثيين", "Ansar Allah", "انصار الله", "الصواريخ الحوثية")
SAD = actor("Saudi air defense", "قوات الدفاع الجوي السعودي", "Military Forces of Saudi Arabia", "Saudi Arabia")
D = ("2018-03-25", "2018-03-26")
C["ant-CN-middleEast-382-20180326"] = [
    ev("shelling_artillery_missile_attack", D, loc("Riyadh", "SA", 24.7025, 46.8218, 25), HOU,
       actor("Saudi Arabia", "المملكة العربية السعودية", "مقيم مصري", "Civilians"), fatalities=1),
    ev("disrupted_weapons_use", D, loc("Riyadh", "SA", 24.7025, 46.8218, 25), SAD, HOU, fatalities=1, optional=True),
    ev("disrupted_weapons_use", D, loc("Khamis Mushait", "SA", 18.3113, 42.7552, 25), SAD, HOU),
    ev("shelling_artillery_missile_attack", D, loc("Khamis Mushait", "SA", 18.3113, 42.7552, 25), HOU, None, optional=True),
    ev("disrupted_weapons_use", D, loc("Najran", "SA", 17.49, 44.13, 25), SAD, HOU),
    ev("shelling_artillery_missile_attack", D, loc("Najran", "SA", 17.49, 44.13, 25), HOU, None, optional=True),
    ev("disrupted_weapons_use", D, loc("Jazan", "SA", 16.8839, 42.567, 50), SAD, HOU),
    ev("shelling_artillery_missile_attack", D, loc("Jazan", "SA", 16.8839, 42.567, 50), HOU, None, optional=True),
]
C["snn-49dca515396d"] = []

C["snn-1e3f52251201"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-06", "2015-08-06"), loc("Najran", "SA", 17.49, 44.13, 50),
       actor("Houthis", "الحوثي", "الحوثيين", "الميليشيات الحوثية"), actor("Saudi Arabia", "Civilians"), optional=True),
]
C["snn-da6f50bff097"] = []
C["snn-ea29d91c08f8"] = []
SDN = actor("Sudanese security forces", "السلطات السودانية", "السلطات الأمنية", "Government of Sudan")
C["snn-1f1dba9a4009"] = [
    ev("arrests", ("2015-07-28", "2015-08-04"), loc("Khartoum", "SD", 15.5909, 32.5221, 30), SDN,
       actor("مساعد السديرة", "عمر عبدالخالق", "جماعة الاعتصام بالكتاب والسنة", "Salafists", "التيار السلفي")),
    ev("arrests", ("2015-06-30", "2015-06-30"), loc("Sudan", "SD", None, None), SDN,
       actor("محمد علي الجزولي", "تيار الأمة الواحدة"), optional=True),
    ev("arrests", ("2015-06-01", "2015-06-30"), loc("Turkey", "TR", None, None), actor("السلطات التركية", "Turkey"),
       actor("طالبا سودانيا", "Sudanese students"), optional=True),
]
C["ant-SK-internationalNews-1710-20180522"] = [
    ev("protest_with_intervention", ("2018-05-18", "2018-05-18"), loc("Haifa", "IL", 32.813, 34.9993, 25),
       actor("Protesters", "متظاهرين", "المتظاهرين", "فلسطينيين 48", "Arab citizens of Israel", "المشاركين"),
       actor("Israeli police", "الشرطة الإسرائيلية", "الشرطة", "Police Forces of Israel"), injured=[1, 99]),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza border", "PS", 31.42, 34.37, 30),
       actor("Israeli army", "الجيش الإسرائيلي", "القوات الإسرائيلية", "Military Forces of Israel"),
       actor("Palestinians", "فلسطينيا", "Protesters"), fatalities=[55, 63], optional=True),
]
C["snn-120f9dd102ff"] = [
    ev("arrests", ("2015-07-28", "2015-07-31"), loc("Sitra", "BH", 26.1547, 50.6206, 25),
       actor("Police Forces of Bahrain", "الأجهزة الأمنية", "وزارة الداخلية", "Bahraini security forces"), None),
    ev("remote_explosive_landmine_ied", ("2015-07-28", "2015-07-31"), loc("Sitra", "BH", 26.1547, 50.6206, 25),
       None, actor("Police Forces of Bahrain"), optional=True),
]
C["snn-ee7679811f04"] = []
C["ant-CN-internationalNews-714-20181016"] = [
    ev("abduction_forced_disappearance", ("2018-10-16", "2018-10-16"), loc("Sistan and Baluchestan (south-east Iran)", "IR", None, None),
       actor("جماعة إرهابية", "Jaish al-Adl"), actor("قوات التعبئة", "حرس الحدود", "Basij", "Iranian border guards", "Military Forces of Iran"),
       optional=True),
]
C["ant-SK-middleEast-116-20180227"] = []
C["ant-CN-middleEast-498-20180406"] = []
C["ant-SK-internationalNews-747-20180402"] = []
TRP = loc("Tripoli (High National Elections Commission)", "LY", 32.8872, 13.1913, 25)
ATT = actor("مهاجمون", "المهاجمين", "ميليشيات مسلحة", "Islamic State", "ISIS")
HNEC = actor("قوات حرس المفوضية", "شرطيون", "Police Forces of Libya", "High National Elections Commission", "المفوضية العليا للانتخابات")
C["ant-SK-middleEast-1383-20180502"] = [
    ev("armed_clash", ("2018-05-02", "2018-05-02"), TRP, ATT, HNEC, fatalities=7),
    ev("attack", ("2018-05-02", "2018-05-02"), TRP, ATT, HNEC, fatalities=7, optional=True),
    ev("suicide_bomb", ("2018-05-02", "2018-05-02"), TRP, ATT, HNEC, fatalities=7, optional=True),
]

C["snn-afb28c931253"] = []
C["snn-99c758b33e8c"] = []
C["ant-SK-middleEast-902-20180410"] = [
    ev("looting_property_destruction", ("2018-04-08", "2018-04-08"), loc("Mogadishu airport", "SO", 2.0141, 45.3049, 25),
       actor("Somali security forces", "السلطات الأمنية الصومالية", "الأمن الصومالي", "Military Forces of Somalia"),
       actor("UAE forces", "قوات الواجب الإماراتية", "Military Forces of the United Arab Emirates"), optional=True),
]
C["ant-SK-middleEast-1708-20180515"] = [
    ev("abduction_forced_disappearance", ("2017-06-01", "2018-05-15"), loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor("Houthis", "الحوثيين", "ميليشيات الحوثي"), actor("Baha'is", "البهائيين", "الطائفة البهائية"), optional=True),
]
C["ant-SK-internationalNews-2441-20180701"] = []
C["snn-11fdb0d54f7f"] = [
    ev("air_drone_strike", ("2015-08-02", "2015-08-06"), loc("Ariha", "SY", 35.8137, 36.6096, 25),
       actor("Syrian regime air force", "طائرة حربية سورية", "Military Forces of Syria", "Syrian government forces"),
       actor("Civilians", "المدنيين"), fatalities=37, injured=60),
    ev("armed_clash", ("2015-07-30", "2015-08-06"), loc("Zabadani", "SY", 33.7081, 36.1009, 25),
       actor("Syrian government forces", "القوات الحكومية", "حزب الله", "Hezbollah"),
       actor("Syrian opposition", "مقاتلي المعارضة", "أحرار الشام", "Ahrar al-Sham"), optional=True),
]
C["ant-SK-internationalNews-3532-20181017"] = [
    ev("excessive_force_against_protesters", ("2018-01-09", "2018-01-12"), loc("Kasur", "PK", 31.12, 74.45, 50),
       actor("Police Forces of Pakistan", "الشرطة"), actor("Protesters", "المشاركين في التظاهرات"), fatalities=2, optional=True),
]
C["snn-e53e8c95f5a1"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-30", "2015-07-30"), loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش", "Daesh"), actor("Civilians"), fatalities=4, injured=4),
]
C["snn-3be34cac6d02"] = []
COA = actor("Saudi-led coalition", "Arab Coalition", "التحالف", "غارات التحالف")
HTH = actor("Houthis", "الحوثيين", "حوثيا", "Ansar Allah")
PRC = actor("Popular Resistance", "اللجان الشعبية", "Popular Committees")
DY = ("2015-07-23", "2015-07-25")
C["snn-a8a42c12acbe"] = [
    ev("air_drone_strike", DY, loc("Lahij governorate", "YE", 13.0567, 44.8819, 100), COA, HTH, fatalities=[27, 33]),
    ev("air_drone_strike", DY, loc("Al-Anad air base", "YE", 13.18, 44.77, 25), COA, HTH, optional=True),
    ev("armed_clash", DY, loc("Taiz", "YE", 13.5783, 44.0177, 25), PRC, HTH),
    ev("government_regains_territory", DY, loc("Taiz", "YE", 13.5783, 44.0177, 25), PRC, HTH, optional=True),
    ev("armed_clash", DY, loc("Shabwah governorate", "YE", 14.5377, 46.8319, 100), PRC, HTH, optional=True),
    ev("air_drone_strike", DY, loc("Murra camp, Shabwah", "YE", 14.5377, 46.8319, 100), COA, HTH),
    ev("air_drone_strike", DY, loc("Saada governorate", "YE", 16.9402, 43.7639, 100), COA, HTH),
]
C["snn-58bcf687b68b"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-60.jsonl"))
