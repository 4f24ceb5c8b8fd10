import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

CIV = actor("Civilians", "مدنيين", "المدنيين")
PROT_IQ = actor("Protesters (Iraq)", "Protesters", "المتظاهرين", "المحتجين", "المحتجون")
IQ_SEC = actor("Police Forces of Iraq", "Iraqi security forces", "Military Forces of Iraq", "قوات الأمن")

C["ant-SK-internationalNews-3183-20180909"] = []
C["ant-SK-middleEast-3794-20181009"] = [
    ev("attack", ("2013-07-26", "2013-07-26"), loc("Tunis", "TN", 36.8006, 10.1793, 25),
       actor("Unidentified armed group", "مسلحون مجهولون"),
       actor("Civilians", "محمد البراهمي", "Mohamed Brahmi", "Popular Front", "الجبهة الشعبية"),
       fatalities=1, optional=True),
]
C["ant-SK-middleEast-3046-20180722"] = [
    ev("excessive_force_against_protesters", ("2018-07-20", "2018-07-20"), loc("Baghdad", "IQ", 33.3406, 44.4009, 25),
       IQ_SEC, PROT_IQ, fatalities=4),
    ev("protest_with_intervention", ("2018-07-20", "2018-07-20"), loc("Baghdad", "IQ", 33.3406, 44.4009, 25),
       PROT_IQ, IQ_SEC, fatalities=4, optional=True),
    ev("peaceful_protest", ("2018-07-01", "2018-07-22"), loc("Basra", "IQ", 30.5085, 47.7804, 25),
       PROT_IQ, None, optional=True),
]
C["ant-SK-internationalNews-2729-20180719"] = []
C["snn-9f8d3e6e2c5c"] = []

C["ant-SK-middleEast-217-20180310"] = []
C["snn-34d4f83cfc1f"] = []
C["ant-CN-middleEast-112-20180227"] = [
    ev("violent_demonstration", ("2018-02-18", "2018-02-24"), loc("Tehran", "IR", 35.6944, 51.4215, 25),
       actor("Gonabadi Dervishes", "Dervishes", "الدراويش", "الدراويش الإيرانيون"),
       actor("Police Forces of Iran", "Iranian security forces", "القوى الأمنية", "الشرطة", "قوات الأمن"),
       fatalities=5, injured=[2, 99], optional=True),
    ev("arrests", ("2018-02-18", "2018-02-24"), loc("Tehran", "IR", 35.6944, 51.4215, 25),
       actor("Police Forces of Iran", "Iranian security forces", "القوى الأمنية", "الشرطة", "قوات الأمن"),
       actor("Gonabadi Dervishes", "Dervishes", "الدراويش", "درويش"), optional=True),
]
C["snn-508ef6e0b08e"] = []
C["ant-SK-internationalNews-754-20180402"] = [
    ev("attack", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.0688, -1.7945, 25),
       None, actor("Civilians", "سيرغي سكريبال", "Sergei Skripal", "يوليا"), injured=2, optional=True),
]

C["ant-SK-middleEast-1094-20180417"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       None, actor("Civilians", "المدنيين"), optional=True),
]
C["snn-860c436cb00f"] = []
C["ant-SK-internationalNews-5-20180218"] = [
    ev("air_drone_strike", ("2018-02-10", "2018-02-10"), loc("Syria", "SY", None, None, 100),
       actor("Military Forces of Israel", "Israeli Air Force", "إسرائيل", "الجيش الإسرائيلي"),
       actor("Military Forces of Syria", "Iranian forces", "أهداف سورية وإيرانية"), optional=True),
    ev("disrupted_weapons_use", ("2018-02-10", "2018-02-10"), loc("Israel", "IL", None, None, 100),
       actor("Military Forces of Israel", "إسرائيل", "الجيش الإسرائيلي"),
       actor("Military Forces of Iran", "Iran", "الإيرانية", "طائرة إيرانية بدون طيار"), optional=True),
]
ISR = actor("Military Forces of Israel", "Israeli forces", "Israel", "الاحتلال", "الرصاص الإسرائيلي", "رصاص الاحتلال")
PS_PROT = actor("Protesters (Palestine)", "Palestinian protesters", "Protesters", "Civilians", "المحتجين", "الشبان", "المصابين", "رزان أشرف النجار", "المسعفة")
C["ant-SK-middleEast-2088-20180601"] = [
    ev("excessive_force_against_protesters", ("2018-06-01", "2018-06-01"), loc("Khuza'a, east of Khan Younis", "PS", 31.3053, 34.3568, 25),
       ISR, PS_PROT, fatalities=1),
    ev("attack", ("2018-06-01", "2018-06-01"), loc("Khuza'a, east of Khan Younis", "PS", 31.3053, 34.3568, 25),
       ISR, PS_PROT, fatalities=1, optional=True),
    ev("excessive_force_against_protesters", ("2018-06-01", "2018-06-01"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       ISR, PS_PROT, fatalities=1, injured=100, optional=True),
]
YE_RES = actor("Popular Resistance", "Pro-Hadi forces", "Military Forces of Yemen", "المقاومة الشعبية", "قوات المقاومة الشعبية", "الثوار", "مقاتلي المقاومة", "المقاومة")
HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "الميليشيات الحوثية", "المتمردون", "الانقلابيين", "Houthi-Saleh forces")
C["snn-c6ba7749cb6f"] = [
    ev("government_regains_territory", ("2015-08-02", "2015-08-04"), loc("Zinjibar", "YE", 13.1287, 45.3807, 25), YE_RES, HOUTHI,
       fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", ("2015-08-02", "2015-08-04"), loc("Zinjibar", "YE", 13.1287, 45.3807, 25), YE_RES, HOUTHI,
       fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("government_regains_territory", ("2015-08-02", "2015-08-04"), loc("Al Kawd", "YE", 13.0886, 45.3647, 25), YE_RES, HOUTHI,
       fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("government_regains_territory", ("2015-08-02", "2015-08-04"), loc("Dofas", "YE", 13.06, 45.28, 50), YE_RES, HOUTHI,
       fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("armed_clash", ("2015-08-02", "2015-08-04"), loc("Al Anad air base", "YE", 13.18, 44.77, 50), YE_RES, HOUTHI, optional=True),
]

C["ant-CN-middleEast-132-20180228"] = []
C["ant-SK-internationalNews-75-20180222"] = []
C["ant-SK-internationalNews-3325-20181006"] = [
    ev("peaceful_protest", ("2018-10-06", "2018-10-06"), loc("Edinburgh", "GB", 55.9533, -3.1883, 25),
       actor("Protesters (United Kingdom)", "Protesters", "Scottish independence supporters", "المتظاهرين", "نحو 20 ألف شخص"), None),
]
C["snn-e9e92e093a65"] = [
    ev("arrests", ("2015-07-21", "2015-07-21"), loc("Taiz", "YE", 13.5783, 44.0177, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "نقطة تفتيش تابعة للمقاومة الشعبية"),
       actor("Houthis", "Ansar Allah", "قيادي حوثي", "الحوثيين"), optional=True),
]
C["ant-SK-middleEast-3550-20180907"] = [
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), loc("East of Rafah", "PS", 31.2829, 34.2728, 25),
       actor("Military Forces of Israel", "Israeli forces", "الجيش الإسرائيلي", "الجيش الاسرائيلي"),
       actor("Protesters (Palestine)", "Palestinian protesters", "Civilians", "المشاركين في المسيرات", "بلال مصطفى خفاجة"), fatalities=1),
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("Military Forces of Israel", "Israeli forces", "الجيش الإسرائيلي", "الجيش الاسرائيلي"),
       actor("Protesters (Palestine)", "Palestinian protesters", "Civilians", "المشاركين في المسيرات"), fatalities=1, injured=94, optional=True),
]

C["snn-07c85d797aeb"] = [
    ev("looting_property_destruction", ("2015-07-29", "2015-07-29"), loc("Punak, Tehran", "IR", 35.6944, 51.4215, 25),
       actor("Police Forces of Iran", "Iranian security forces", "Government of Iran", "قوات الأمن الإيرانية", "البلدية"),
       actor("Civilians", "Sunni Muslims", "السنة", "مسجد السنة")),
]
C["snn-5d667d669fe0"] = []
C["snn-1eadc839127a"] = [
    ev("attack", ("2015-07-30", "2015-07-31"), loc("Duma (Kafr Duma), near Nablus", "PS", 32.0563, 35.3671, 25),
       actor("Israeli settlers", "Settlers", "Jewish extremists", "Price Tag", "متطرفون يهود", "مستوطنون", "المستوطنين", "بطاقة السعر", "تدفيع الثمن"),
       actor("Civilians", "Palestinian civilians", "طفل فلسطيني", "المدنيين"), fatalities=1, injured=3),
]
C["snn-0bb7bc2a7dc9"] = []
C["snn-b66b260ca742"] = []

C["snn-da36d8b4ae98"] = []
C["snn-5447b4b59805"] = []
C["snn-fc6bfd4af957"] = []
YE_RES2 = actor("Popular Resistance", "Pro-Hadi forces", "Military Forces of Yemen", "المقاومة الشعبية", "المقاومة", "الثوار", "الجيش الموالي للشرعية")
HOUTHI2 = actor("Houthis", "Ansar Allah", "Forces loyal to Saleh", "الحوثي", "الحوثيين", "قوات التمرد الحوثي", "المتمردين", "المتمردون", "ميليشيات التمرد الحوثي", "ميليشيات الحوثي وصالح", "الانقلابيين", "الميليشيات")
D3 = ("2015-08-01", "2015-08-03")
C["snn-166181b9f4e8"] = [
    ev("government_regains_territory", D3, loc("Zinjibar", "YE", 13.1287, 45.3807, 25), YE_RES2, HOUTHI2),
    ev("armed_clash", D3, loc("Zinjibar", "YE", 13.1287, 45.3807, 25), YE_RES2, HOUTHI2, optional=True),
    ev("government_regains_territory", D3, loc("Dofas", "YE", 13.06, 45.28, 50), YE_RES2, HOUTHI2, optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-08-03"), loc("Aqabat Thirah (Abyan-Bayda road)", "YE", 13.9, 45.78, 50),
       actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف", "التحالف"), HOUTHI2, optional=True),
    ev("armed_clash", D3, loc("Labouza camp near Al-Anad base, Al-Musaymir front", "YE", 13.3, 44.7, 50), YE_RES2, HOUTHI2,
       fatalities=26, injured=22),
    ev("armed_clash", D3, loc("Al-Lahoum, Dar Saad, Aden", "YE", 12.9095, 44.9779, 25), YE_RES2, HOUTHI2),
    ev("armed_clash", D3, loc("Al Dhale", "YE", 13.7318, 44.7103, 25), HOUTHI2, YE_RES2),
    ev("shelling_artillery_missile_attack", D3, loc("Al Dhale", "YE", 13.7318, 44.7103, 25), HOUTHI2, YE_RES2),
    ev("shelling_artillery_missile_attack", D3, loc("Al Dhale (central prison gate, Sanah)", "YE", 13.7318, 44.7103, 25), YE_RES2, HOUTHI2),
    ev("shelling_artillery_missile_attack", D3, loc("Shakhb, Qa'tabah", "YE", 13.8549, 44.7058, 25), YE_RES2, HOUTHI2),
]
C["snn-75251d4d501f"] = []

ISR_F = actor("Military Forces of Israel", "Israeli forces", "قوات الاحتلال", "قوات الاحتلال الإسرائيلي", "جنود الاحتلال", "الاحتلال", "قوة خاصة")
C["snn-2269723a8b6e"] = [
    ev("attack", ("2015-07-23", "2015-07-23"), loc("Beit Ummar", "PS", 31.6205, 35.1098, 25),
       ISR_F, actor("Civilians", "Palestinian civilians", "فلاح حمد أبو ماريا", "أبنائه"), fatalities=1, injured=2),
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Burqin", "PS", 32.4546, 35.2608, 25),
       ISR_F, actor("Civilians", "Palestinian civilians", "أحمد علاونة", "الشاب"), fatalities=1),
    ev("arrests", ("2015-07-22", "2015-07-23"), loc("Nablus", "PS", 32.2211, 35.2544, 25),
       ISR_F, actor("Civilians", "Palestinian civilians", "شابا", "نحو 20 شابا")),
]
REG = actor("Military Forces of Syria", "Syrian government forces", "Syrian regime", "قوات النظام", "قوات النظام السوري", "النظام", "الجيش السوري", "الحكومة")
FSA = actor("Free Syrian Army", "FSA", "Syrian opposition", "الجيش السوري الحر", "المعارضة", "المعارضون")
C["ant-SK-middleEast-2822-20180710"] = [
    ev("agreement", ("2018-07-06", "2018-07-06"), loc("Eastern Daraa (border area with Jordan)", "SY", 32.55, 36.2, 50), FSA, REG, optional=True),
    ev("non_violent_transfer_of_territory", ("2018-07-06", "2018-07-10"), loc("Eastern Daraa (border area with Jordan)", "SY", 32.55, 36.2, 50), FSA, REG, optional=True),
    ev("government_regains_territory", ("2018-07-06", "2018-07-10"), loc("Nasib border crossing", "SY", 32.5518, 36.1881, 25), REG, FSA, optional=True),
    ev("government_regains_territory", ("2018-07-08", "2018-07-10"), loc("Daraa", "SY", 32.6189, 36.1021, 25), REG, FSA, optional=True),
]
C["snn-49b4793539e4"] = [
    ev("peaceful_protest", ("2015-08-05", "2015-08-07"), loc("Nafha prison", "IL", 30.61, 34.80, 25),
       actor("Protesters (Palestine)", "Prisoners (Palestine)", "Fatah", "أسرى حركة فتح", "الأسرى الفلسطينيون", "أسيرا فلسطينيا"), None, optional=True),
]
C["snn-7ce51cdbaabe"] = []
C["snn-8e218a941c75"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces mosque)", "SA", 18.2409, 42.5701, 25),
       None, actor("Police Forces of Saudi Arabia", "Special Emergency Forces", "رجال الأمن", "قوة الطوارئ الخاصة", "مسجد الطوارئ"),
       fatalities=[13, 16], injured=[36, 44]),
]

C["ant-SK-internationalNews-1259-20180430"] = []
YE_GOV = actor("Military Forces of Yemen", "Pro-Hadi forces", "Security Belt Forces", "Popular Resistance", "الجيش اليمني", "قوات الجيش اليمني", "الحزام الأمني", "قوات الحزام الأمني", "المقاومة", "القوات")
HOU3 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "الميليشيات")
DS = ("2018-03-22", "2018-03-24")
C["ant-SK-middleEast-514-20180324"] = [
    ev("government_regains_territory", DS, loc("Al-Sharija (Jabal Hamala, Al-Hashma, Al-Central)", "YE", 13.37, 44.40, 25), YE_GOV, HOU3,
       fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", DS, loc("Al-Sharija", "YE", 13.37, 44.40, 25), YE_GOV, HOU3, fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("air_drone_strike", DS, loc("Al-Sharija", "YE", 13.37, 44.40, 25),
       actor("Saudi-led coalition", "Arab Coalition", "قوات التحالف العربي", "مقاتلات التحالف", "التحالف"), HOU3),
    ev("armed_clash", DS, loc("Kirsh", "YE", 13.3647, 44.4905, 25), YE_GOV, HOU3, optional=True),
]
C["ant-SK-middleEast-3531-20180906"] = [
    ev("armed_clash", ("2018-08-26", "2018-09-05"), loc("Tripoli", "LY", 32.885, 13.1897, 25), None, None,
       fatalities=63, injured=[190, 210], optional=True),
]
C["snn-02b7a0dd434e"] = []
C["snn-f1496720fdc1"] = []

C["ant-SK-sport-2828-20181008"] = []
C["ant-SK-economy-1196-20180814"] = []
C["ant-SK-middleEast-1393-20180502"] = []
C["ant-SK-sport-1810-20180622"] = []
IR_PROT = lambda *x: actor("Protesters (Iran)", "Labour Group (Iran)", "Protesters", "Workers", *x)
DI = ("2018-03-11", "2018-03-18")
C["ant-SK-middleEast-389-20180318"] = [
    ev("peaceful_protest", DI, loc("Ahvaz", "IR", 31.319, 48.6842, 25), IR_PROT("عمال صلب الأهواز", "عمال"), None),
    ev("peaceful_protest", DI, loc("Bandar Anzali", "IR", 37.4727, 49.4622, 25), IR_PROT("عمال ومقاولون وتجار مواد إنشائية", "عمال"), None),
    ev("peaceful_protest", DI, loc("Yazd", "IR", 31.8972, 54.3675, 25), IR_PROT("Teachers (Iran)", "معلم", "أكثر من 300 معلم"), None),
    ev("peaceful_protest", DI, loc("Kerman", "IR", 30.2832, 57.0788, 25), IR_PROT("عمال الخدمات في بلدية كرمان", "عمال"), None),
    ev("peaceful_protest", DI, loc("Rasht", "IR", 37.2761, 49.5886, 25), IR_PROT("مشتري وحدات تجارية"), None),
    ev("peaceful_protest", DI, loc("Nazarabad (Karaj)", "IR", 35.89, 50.80, 30), IR_PROT("عمال الخدمات المدنية والمساحات الخضراء", "عمال"), None),
    ev("peaceful_protest", DI, loc("Borujerd", "IR", 33.8973, 48.7516, 25), IR_PROT("موظفو بلدية بروجرد"), None),
    ev("peaceful_protest", DI, loc("Shiraz", "IR", 29.6103, 52.5311, 25), IR_PROT("عمال مصنع كاشي حافظ", "عمال"), None),
    ev("peaceful_protest", DI, loc("Qazvin", "IR", 36.2688, 50.0041, 25), IR_PROT("عمال متالوجي بودر إيران", "عمال"), None),
]
C["snn-596d3a6cb399"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces mosque)", "SA", 18.2409, 42.5701, 25),
       None, actor("Police Forces of Saudi Arabia", "Special Emergency Forces", "قوات الطوارئ", "المصلين"), optional=True),
]
C["snn-b6395c4868f0"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-114.jsonl"))
