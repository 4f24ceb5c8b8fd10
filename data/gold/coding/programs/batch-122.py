import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write
C = {}

# --- 1-6
C["snn-74cdf7422c78"] = [
    ev("government_regains_territory", ("2015-07-10", "2015-07-25"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "القوى الأمنية", "Yemeni government forces", "Saudi-led coalition"),
       actor("Houthis", "الحوثيون", "الحوثيين", "الانقلابيين", "Ansar Allah"), optional=True),
]
BH = actor("Boko Haram", "بوكو حرام", "جماعة بوكو حرام")
CIV = actor("Civilians", "المدنيين", "مدنيين")
C["snn-5c1416f765d6"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Gombe", "NG", 10.29, 11.17, 50), BH, CIV, fatalities=37),
    ev("suicide_bomb", ("2015-07-20", "2015-07-24"), loc("Northern Cameroon (Far North)", "CM", 10.59, 14.32, 150), BH, CIV,
       fatalities=13, optional=True),
    ev("suicide_bomb", ("2015-07-17", "2015-07-17"), loc("Damaturu", "NG", 11.75, 11.96, 50), BH, CIV,
       fatalities=9, optional=True),
]
C["snn-4a33b23477e4"] = []
IS = ["Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "عصابات داعش الإرهابية", "عصابات داعش"]
C["ant-SK-middleEast-248-20180312"] = [
    ev("attack", ("2018-03-11", "2018-03-11"), loc("Amirli", "IQ", 34.727, 44.588, 25),
       actor(*IS, "متشددون"), actor("Civilians", "مدنيون", "أشخاص"), fatalities=15),
    ev("attack", ("2018-03-11", "2018-03-12"), loc("Daquq", "IQ", 35.139, 44.449, 25),
       actor(*IS, "مسلحون", "متشددون"), actor("Civilians", "مدنيون", "سيارة مدنية"), fatalities=3),
    ev("attack", ("2018-03-11", "2018-03-11"), loc("Mushairfa village, Al-Hadar district", "IQ", 35.573, 42.734, 30),
       actor(*IS, "مسلحين مجهولين", "مسلحين", "متشددون"),
       actor("Civilians", "مدنيون", "مختار قرية مشيرفة"), fatalities=7),
    ev("armed_clash", ("2018-03-11", "2018-03-11"), loc("Mushairfa village, Al-Hadar district", "IQ", 35.573, 42.734, 30),
       actor(*IS, "مسلحين مجهولين", "مسلحين", "متشددون"),
       actor("Tribal Mobilization", "الحشد العشائري", "Popular Mobilization Forces"), fatalities=7, optional=True),
    ev("armed_clash", ("2018-02-12", "2018-02-25"), loc("Al-Hawija", "IQ", 35.326, 43.773, 25),
       actor(*IS), actor("Popular Mobilization Forces", "PMF", "قوات الحشد الشعبي", "الحشد الشعبي"), fatalities=27, optional=True),
]
C["ant-SK-middleEast-2170-20180605"] = [
    ev("armed_clash", ("2018-06-03", "2018-06-05"), loc("West bank of the Euphrates, Deir ez-Zor", "SY", 35.02, 40.45, 100),
       actor(*IS, "تنظيم داعش"),
       actor("Syrian government forces", "قوات النظام", "مسلحين موالين لها", "المسلحين الموالين للنظام", "Pro-government militias"),
       fatalities=71, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-06-03", "2018-06-05"), loc("West bank of the Euphrates, Deir ez-Zor", "SY", 35.02, 40.45, 100),
       actor(*IS), actor("Syrian government forces", "قوات النظام", "المسلحين الموالين للنظام"), optional=True),
]
HOU = ["Houthis", "Ansar Allah", "الحوثيين", "الميليشيا الحوثية", "الميليشيا الحوثية التابعة لإيران", "المليشيا الحوثية"]
C["ant-CN-middleEast-1169-20180810"] = [
    ev("disrupted_weapons_use", ("2018-08-08", "2018-08-10"), loc("Jazan", "SA", 16.8839, 42.567, 25),
       actor("Saudi air defence", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "Saudi Arabia", "Saudi-led coalition", "قوات التحالف"),
       actor(*HOU), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-08-08", "2018-08-10"), loc("Jazan", "SA", 16.8839, 42.567, 25),
       actor(*HOU), actor("Saudi Arabia", "المملكة"), fatalities=0, injured=0, optional=True),
    ev("air_drone_strike", ("2018-08-08", "2018-08-10"), loc("Saada", "YE", 16.940, 43.764, 25),
       actor("Saudi-led coalition", "تحالف دعم الشرعية في اليمن", "التحالف"), actor("Civilians", "أطفالا", "حافلة"), optional=True),
]

# --- 7-18
C["snn-4fc16d7f07da"] = []
C["snn-7fc166db83fa"] = [
    ev("arrests", ("2015-07-23", "2015-07-23"), loc("Qutur", "EG", 30.9723, 30.9561, 25),
       actor("Egyptian police", "الأجهزة الأمنية بمحافظة الغربية", "الأجهزة الأمنية", "مباحث الغربية", "Police Forces of Egypt"),
       actor("Muslim Brotherhood", "جماعة الإخوان", "الإخوان", "عناصر جماعة الإخوان")),
]
C["snn-3d0f244ec46e"] = []
C["ant-SK-internationalNews-3104-20180902"] = []
C["snn-83014980daaa"] = []
C["ant-SK-internationalNews-3529-20181017"] = []
C["snn-c396f240f7aa"] = [
    ev("armed_clash", ("2015-07-20", "2015-08-02"), loc("Mountain forests near Chechnya (North Caucasus)", "RU", 43.3, 45.7, 150),
       actor("Russian special forces", "القوات الخاصة", "اجهزة الامن الروسية", "Military Forces of Russia", "Police Forces of Russia"),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش", "مجموعة من المسلحين", "المسلحين", "متطرفين"), fatalities=8, optional=True),
    ev("armed_clash", ("2014-12-01", "2014-12-31"), loc("Grozny", "RU", 43.312, 45.689, 25),
       actor("مسلحون", "Chechen militants", "آدم تاغيلوف"), actor("Police Forces of Russia", "ضابط أمن"), fatalities=14, optional=True),
]
C["ant-SK-middleEast-920-20180411"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       actor("Syrian government forces", "Syrian regime", "دمشق", "النظام السوري", "Military Forces of Syria"),
       actor("Civilians", "المدنيين"), fatalities=[10, 99], injured=[100, 999]),
]
C["snn-24f73f365797"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-31"), loc("At Tuwal", "SA", 16.5294, 42.9676, 25),
       None, actor("Saudi National Guard", "المجاهدين", "الإدارة العامة للمجاهدين", "Military Forces of Saudi Arabia", "قواتنا الباسلة"),
       fatalities=1, injured=[0, 1]),
]
C["ant-SK-internationalNews-2968-20180811"] = [
    ev("arrests", ("2018-08-01", "2018-08-11"), loc("Nampo", "KP", 38.737, 125.41, 25),
       actor("North Korea", "كوريا الشمالية", "Police Forces of North Korea"), actor("مواطنا يابانيا", "Japanese national"), optional=True),
]
PROT = actor("Protesters", "المحتجين", "المحتجون", "المتظاهرين", "محتجين", "Protesters (United States)")
POL = actor("Police Forces of the United States", "الشرطة", "رجال الشرطة", "Ferguson police")
C["snn-8bf9929d69d4"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-10"), loc("Ferguson", "US", 38.744, -90.305, 25), PROT, POL, injured=2),
    ev("protest_with_intervention", ("2015-08-09", "2015-08-10"), loc("Ferguson", "US", 38.744, -90.305, 25), PROT, POL, injured=2, optional=True),
    ev("peaceful_protest", ("2015-08-09", "2015-08-09"), loc("Ferguson", "US", 38.744, -90.305, 25), PROT, None),
]
C["snn-0d0463192b52"] = []

# --- 19-24
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي لدعم الشرعية في اليمن", "التحالف العربي", "التحالف")
HOUS = actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية")
C["ant-SK-middleEast-585-20180327"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-27"), loc("Razih district", "YE", 16.9272, 43.2547, 30), COAL, HOUS),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-27"), loc("Munabbih district", "YE", 17.1766, 43.2742, 30), COAL, HOUS),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-27"), loc("Haydan district", "YE", 16.7137, 43.4564, 30), COAL, HOUS),
    ev("armed_clash", ("2018-03-25", "2018-03-27"), loc("Hayd al-Hamam, Maqbanah district", "YE", 13.6639, 43.6873, 30),
       actor("Yemeni army", "الجيش اليمني", "القوات الشرعية", "Military Forces of Yemen (Hadi)"),
       actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "متمردين حوثيين", "مسلحا حوثيا"),
       fatalities=4, injured=10),
]
C["snn-058673e4ce32"] = [
    ev("arrests", ("2015-07-20", "2015-07-20"), loc("Taiz", "YE", 13.5789, 44.0177, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة الشعبية في تعز", "نقطة تفتيش تابعة للمقاومة الشعبية"),
       actor("Houthis", "Ansar Allah", "الحوثيين", "قيادي حوثي", "المتمردين الحوثيين")),
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-07-20"), loc("Taiz", "YE", 13.5789, 44.0177, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة الشعبية في تعز"),
       actor("Houthis", "Ansar Allah", "الحوثيين", "قيادي حوثي"), optional=True),
]
C["snn-cdcd2550dc0f"] = []
C["ant-SK-middleEast-3786-20181009"] = []
C["snn-949b33c6faa0"] = [
    ev("arrests", ("2015-08-04", "2015-08-06"), loc("Dahmani, Kef", "TN", 35.9439, 8.8278, 25),
       actor("Tunisian security forces", "قوات الأمن", "الوحدة الوطنية للأبحاث في جرائم الإرهاب", "وزارة الداخلية التونسية", "Police Forces of Tunisia"),
       actor("خلية إرهابية", "terrorist cell", "ستة عناصر", "المجموعات الإرهابية")),
]
PKK = ["PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مقاتلي حزب العمال الكردستاني"]
TRF = actor("Turkish security forces", "قوات الأمن", "Military Forces of Turkey", "Police Forces of Turkey", "جنود", "الجيش التركي")
C["snn-3b336b709c5d"] = [
    ev("suicide_bomb", ("2015-08-01", "2015-08-02"), loc("Dogubayazit, Agri", "TR", 39.5469, 44.0842, 25), actor(*PKK), TRF,
       fatalities=2, injured=24),
    ev("remote_explosive_landmine_ied", ("2015-08-01", "2015-08-03"), loc("Mardin province", "TR", 37.3131, 40.7436, 100), actor(*PKK), TRF,
       fatalities=1, injured=8),
    ev("air_drone_strike", ("2015-07-24", "2015-08-02"), loc("Northern Iraq (PKK camps)", "IQ", 36.6, 44.6, 150),
       actor("Military Forces of Turkey", "أنقرة", "Turkey", "تركيا"), actor(*PKK), optional=True),
]

# --- 25-42
C["ant-SK-middleEast-800-20180406"] = []
C["ant-SK-internationalNews-1137-20180424"] = []
C["ant-SK-middleEast-2061-20180531"] = []
KPROT = actor("Protesters", "Kurdish protesters", "آلاف", "المجلس الديمقراطي الكردي في فرنسا", "Protesters (France)", "Protesters (Germany)")
C["ant-SK-middleEast-535-20180324"] = [
    ev("peaceful_protest", ("2018-03-24", "2018-03-24"), loc("Paris", "FR", 48.8566, 2.3522, 25), KPROT, None),
    ev("peaceful_protest", ("2018-03-24", "2018-03-24"), loc("Hamburg", "DE", 53.5511, 9.9937, 25), KPROT, None),
    ev("non_state_actor_overtakes_territory", ("2018-03-14", "2018-03-24"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("Military Forces of Turkey", "الجيش التركي", "القوات التركية", "تركيا", "فصائل سورية مسلحة موالية له", "الفصائل السورية"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية"), optional=True),
]
C["snn-e83c7e2345ad"] = [
    ev("government_regains_territory", ("2015-07-30", "2015-07-30"), loc("Al-Alam area (Aden-Lahj-Abyan triangle)", "YE", 12.88, 45.10, 25),
       actor("Yemeni government forces", "القوة العسكرية الموالية للشرعية", "القوات العسكرية الموالية للشرعية", "اللواء 15", "المقاومة الشعبية", "Popular Resistance", "Military Forces of Yemen (Hadi)"),
       actor("Houthis", "Ansar Allah", "ميليشيا الحوثيين", "الحوثيين", "فلول المخلوع علي عبد الله صالح", "Saleh loyalists")),
    ev("disrupted_weapons_use", ("2015-07-30", "2015-07-30"), loc("Road from Aden toward Lahj", "YE", 12.88, 45.10, 40),
       actor("Yemeni government forces", "فريق من المهندسين التابع للقوة العسكرية الموالية للشرعية", "القوة العسكرية الموالية للشرعية"),
       actor("Houthis", "ميليشيا الحوثيين", "الحوثيين"), optional=True),
]
C["ant-SK-middleEast-462-20180321"] = []
C["snn-152b243beef9"] = []
C["ant-SK-technology-1308-20180812"] = []
C["snn-a3564df45801"] = []
C["snn-fe6ae220e47e"] = [
    ev("armed_clash", ("2015-08-01", "2015-08-06"), loc("Al-Houta, Lahij", "YE", 13.0567, 44.8819, 25),
       actor("Yemeni national army", "الجيش الوطني", "المقاومة", "Popular Resistance", "Military Forces of Yemen (Hadi)"),
       actor("Houthis", "الحوثيين", "الانقلابيين", "Ansar Allah"), optional=True),
]
C["snn-b4c56983dfe6"] = [
    ev("peaceful_protest", ("2015-07-20", "2015-07-22"), loc("Zurich", "CH", 47.3769, 8.5417, 25),
       actor("لي نيسلون", "Lee Nelson", "محتج", "Protesters (United Kingdom)"), None, optional=True),
]
C["ant-SK-middleEast-676-20180330"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), loc("Gaza Strip (border area)", "PS", 31.42, 34.37, 30),
       actor("Protesters (Palestine)", "Palestinian protesters", "الفلسطينيين", "المدنيين الفلسطينيين", "مظاهرات يوم الأرض", "Land Day protesters"),
       actor("Israeli army", "IDF", "Military Forces of Israel", "جيش الاحتلال", "القوات الإسرائيلية", "إسرائيل", "الاحتلال"),
       fatalities=14, injured=1000),
]
REG = ["Syrian government forces", "Syrian regime", "قوات النظام السوري", "قوات النظام", "Military Forces of Syria"]
OPP = ["Syrian opposition", "rebels", "الفصائل المقاتلة المعارضة للنظام السوري", "فصائل المعارضة", "مقاتلي المعارضة", "المقاتلين", "الفصائل الإسلامية", "جبهة النصرة", "Nusra Front", "جيش الفتح", "Jaish al-Fath"]
C["snn-301c471f5b24"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), loc("Al-Maghayer, Old Aleppo", "SY", 36.2012, 37.1612, 25),
       actor(*REG), actor("Civilians", "المدنيين"), fatalities=18, injured=[10, 99]),
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), loc("Al-Fuah and Kafriya", "SY", 35.9826, 36.7035, 25),
       actor(*OPP), actor("Civilians", "Shia residents of al-Fuah and Kafriya", "الفوعة وكفريا")),
    ev("air_drone_strike", ("2015-07-21", "2015-07-21"), loc("Around al-Fuah and Kafriya", "SY", 35.9826, 36.7035, 25),
       actor("Syrian Air Force", "الطيران الحربي السوري", *REG), actor(*OPP)),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Nubl and Zahraa", "SY", 36.3787, 36.9929, 25),
       actor(*OPP), actor("Civilians", "نبل والزهراء"), optional=True),
    ev("government_regains_territory", ("2015-07-21", "2015-07-21"), loc("Zabadani plain", "SY", 33.7249, 36.1005, 25),
       actor(*REG, "Hezbollah", "حزب الله", "حزب الله اللبناني", "قوات حزب الله والنظام"), actor(*OPP)),
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Zabadani", "SY", 33.7249, 36.1005, 25),
       actor(*REG, "Hezbollah", "حزب الله", "حزب الله اللبناني"), actor(*OPP)),
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), loc("Zabadani", "SY", 33.7249, 36.1005, 25),
       actor(*REG, "Hezbollah", "حزب الله"), actor(*OPP), optional=True),
]
C["snn-130eb563acd2"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-31"), loc("Northern Iraq (PKK positions)", "IQ", 36.6, 44.6, 150),
       actor("Military Forces of Turkey", "أنقرة", "تركيا", "القوات التركية"), actor("PKK", "حزب العمال الكردستاني", "Kurdistan Workers' Party"), optional=True),
]
YA = actor("Yemeni army", "الجيش اليمني", "قوات الجيش اليمني", "القوات الشرعية", "المقاومة", "Military Forces of Yemen (Hadi)", "Popular Resistance")
HO = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "مسلحي الحوثي", "المليشيات", "الانقلابيون")
CO = actor("Saudi-led coalition", "مقاتلات التحالف", "مقاتلات تحالف دعم الشرعية في اليمن", "التحالف", "Arab Coalition")
C["ant-SK-middleEast-752-20180403"] = [
    ev("government_regains_territory", ("2018-04-01", "2018-04-03"), loc("Al-Qabbaytah district (Jabal Jalis, Jiyash, Al-Kaabin)", "YE", 13.3138, 44.5071, 30), YA, HO),
    ev("armed_clash", ("2018-04-01", "2018-04-03"), loc("Al-Qabbaytah district", "YE", 13.3138, 44.5071, 30), YA, HO,
       fatalities=[1, 99], injured=[0, 99]),
    ev("air_drone_strike", ("2018-04-01", "2018-04-03"), loc("Al-Qabbaytah district", "YE", 13.3138, 44.5071, 30), CO, HO, optional=True),
    ev("government_regains_territory", ("2018-03-25", "2018-04-03"), loc("Al-Shurayjah", "YE", 13.35, 44.36, 30), YA, HO, optional=True),
    ev("air_drone_strike", ("2018-04-01", "2018-04-03"), loc("Al-Faza, Al-Tuhayta district", "YE", 14.0808, 43.1199, 30), CO, HO),
    ev("armed_clash", ("2018-04-01", "2018-04-03"), loc("West coast front", "YE", 14.0808, 43.1199, 100), YA, HO, optional=True),
]
SAS = actor("Saudi security forces", "رجال الأمن", "رجال أمن", "Police Forces of Saudi Arabia", "وزارة الداخلية السعودية")
ASIR = loc("Arqoub road between Al-Majardah and Bariq, Asir", "SA", 19.03, 41.92, 25)
C["ant-CN-middleEast-671-20180420"] = [
    ev("armed_clash", ("2018-04-17", "2018-04-20"), ASIR, actor("مواطنين", "المتورطين", "Unidentified armed group"), SAS,
       fatalities=[3, 5], injured=4),
    ev("attack", ("2018-04-17", "2018-04-20"), ASIR, actor("مواطنين", "المتورطين", "Unidentified armed group"), SAS,
       fatalities=[3, 5], injured=4, optional=True),
    ev("arrests", ("2018-04-17", "2018-04-20"), ASIR, SAS, actor("مواطنين اثنين", "المتورطين"), optional=True),
]
SURA = loc("Surabaya", "ID", -7.2575, 112.7521, 25)
C["ant-SK-internationalNews-1570-20180514"] = [
    ev("suicide_bomb", ("2018-05-14", "2018-05-14"), SURA, actor("أسرة", "Militants", "متشددون", "Jemaah Ansharut Daulah"),
       actor("Police Forces of Indonesia", "الشرطة الإندونيسية", "رجال الشرطة", "مركز للشرطة"), injured=[2, 99]),
    ev("suicide_bomb", ("2018-05-13", "2018-05-13"), SURA, actor("متشددون", "متشددون ينتمون إلى أسرة واحدة", "Militants", "Jemaah Ansharut Daulah"),
       actor("Civilians", "Christians", "كنائس"), fatalities=13),
]
C["ant-SK-middleEast-1290-20180428"] = []

# --- 43-47
BH2 = actor("Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "جماعة بوكو حرام الإرهابية")
YOBE = loc("Girls' school, Yobe state (Dapchi)", "NG", 12.49, 11.50, 100)
C["ant-SK-internationalNews-68-20180221"] = [
    ev("attack", ("2018-02-19", "2018-02-19"), YOBE, BH2, actor("Civilians", "تلميذات", "مدرسة للفتيات", "schoolgirls")),
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-19"), YOBE, BH2, actor("Civilians", "تلميذات", "schoolgirls"), optional=True),
]
C["ant-SK-middleEast-684-20180331"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), loc("Gaza Strip (border area)", "PS", 31.42, 34.37, 30),
       actor("Protesters (Palestine)", "Palestinian protesters", "الفلسطينيين", "فلسطينيا", "Land Day protesters"),
       actor("Israeli army", "IDF", "Military Forces of Israel", "الجيش", "إسرائيل", "نيران إسرائيلية"), fatalities=16),
]
C["snn-b7f2a2d9b8b4"] = []
C["snn-ae8db3a93ac2"] = []
C["ant-SK-middleEast-3152-20180728"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-122.jsonl"))
