import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- group 1
C["ant-SK-middleEast-749-20180403"] = []
C["snn-10b00dfa8571"] = []
C["ant-SK-middleEast-1979-20180527"] = [
    ev("attack", ("2016-03-24", "2016-03-24"), loc("Hebron", "PS", 31.524, 35.088, 25),
       actor("Israeli military", "Israel Defense Forces", "IDF", "الجندي", "جنود الاحتلال", "إليئور أزاريا", "الجندي أزاريا"),
       actor("Civilians", "الفلسطيني عبد الفتاح الشريف", "عبد الفتاح الشريف", "الجريح الفلسطيني", "Palestinians"),
       fatalities=1, optional=True),
]
C["ant-SK-middleEast-114-20180227"] = [
    ev("shelling_artillery_missile_attack", ("2018-02-27", "2018-02-27"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 30),
       actor("Syrian rebels", "Syrian opposition", "الفصائل المعارضة السورية", "مقاتلو المعارضة", "المجموعات المسلحة", "مقاتلو المجموعات المسلحة"),
       actor("Syrian government forces", "قوات النظام", "القوات الحكومية"), optional=True),
    ev("armed_clash", ("2018-02-27", "2018-02-27"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 30),
       actor("Syrian rebels", "Syrian opposition", "الفصائل المعارضة السورية", "مقاتلو المعارضة", "المجموعات المسلحة", "مقاتلو المجموعات المسلحة"),
       actor("Syrian government forces", "قوات النظام", "القوات الحكومية"), optional=True),
]
C["ant-SK-sport-2454-20180811"] = []

# --- group 2
C["snn-c4614c67a8b1"] = []
C["ant-CN-internationalNews-562-20180904"] = [
    ev("air_drone_strike", ("2018-08-20", "2018-09-02"), loc("Afghanistan", "AF", None, None),
       actor("US forces", "القوات الأمريكية في أفغانستان", "القوات الأمريكية", "United States"),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "قائد تنظيم داعش"), optional=True),
]
_reb = actor("Syrian rebels", "Islamist factions", "Nusra Front", "Jabhat al-Nusra", "al-Qaeda", "Jaysh al-Fath",
             "الفصائل المقاتلة المعارضة للنظام السوري", "الفصائل المقاتلة", "الفصائل الإسلامية", "فصائل إسلامية", "جبهة النصرة",
             "مقاتلون من فصائل إسلامية", "جيش الفتح", "فصائل جيش الفتح")
_ndf = actor("National Defence Forces", "NDF", "Syrian government forces", "قوات الدفاع الوطني", "عناصر قوات الدفاع الوطني")
_civ_or = actor("Civilians", "Syrian government forces", "National Defence Forces", "مدنيين", "قوات الدفاع الوطني", "عناصر قوات الدفاع الوطني")
_alep = actor("Syrian rebels", "Aleppo Operations Room", "Nour al-Din al-Zenki", "غرفة عمليات حلب", "حركة نور الدين الزنكي", "لواء الحرية", "لواء صقور الجبل", "الفصائل")
_gov = actor("Syrian government forces", "Syrian regime", "قوات النظام", "الجيش الاسدي", "الميليشيات الايرانية", "Iranian militias")
FUA = loc("Al-Fuaa", "SY", 35.98262, 36.70351, 25)
KAF = loc("Kafraya", "SY", 35.99029, 36.67816, 25)
C["snn-e7e96967784f"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-20"), FUA, _reb, _civ_or),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-20"), KAF, _reb, _civ_or),
    ev("armed_clash", ("2015-07-20", "2015-07-20"), FUA, _reb, _ndf),
    ev("armed_clash", ("2015-07-20", "2015-07-20"), KAF, _reb, _ndf),
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), FUA, _reb, None),
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), KAF, _reb, None),
    ev("air_drone_strike", ("2015-07-21", "2015-07-21"), FUA,
       actor("Syrian government forces", "Syrian Air Force", "الطيران الحربي السوري", "الطيران الحربي"), None),
    ev("peaceful_protest", ("2015-07-20", "2015-07-20"), loc("Sayyida Zaynab", "SY", 33.4466, 36.33641, 25),
       actor("Protesters", "عائلات متحدرة من الفوعة وكفريا", "المتظاهرين", "عائلات"), None),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-20"), loc("Nubl", "SY", 36.37867, 36.99294, 25), _alep, _gov),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-20"), loc("Al-Zahraa", "SY", 36.36085, 37.01072, 25), _alep, _gov),
    ev("armed_clash", ("2015-07-04", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian government forces", "Hezbollah", "قوات النظام", "حزب الله", "حزب الله اللبناني"),
       actor("Syrian rebels", "المعارضة"), optional=True),
    ev("air_drone_strike", ("2015-07-04", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian government forces", "قوات النظام"), None, optional=True),
]
C["ant-CN-middleEast-1286-20180907"] = [
    ev("mob_violence", ("2018-08-28", "2018-09-06"), loc("Minya", "EG", 28.10988, 30.7503, 100),
       None, actor("Copts", "Civilians", "أقباط", "أقباط مقيمين فيها"), optional=True),
]
C["snn-28f8e7876147"] = []

# --- group 3
C["snn-9b9c746b15d8"] = [
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), loc("Ariha", "SY", 35.81374, 36.60964, 25),
       actor("Syrian government forces", "Syrian Air Force", "طائرة حربية سورية", "قوات النظام", "طائرة حربية"),
       actor("Civilians", "سكان المدينة", "المدنيين"), fatalities=31, injured=60),
    ev("non_state_actor_overtakes_territory", ("2015-05-28", "2015-05-28"), loc("Ariha", "SY", 35.81374, 36.60964, 25),
       actor("Syrian rebels", "Nusra Front", "Jaysh al-Fath", "فصائل المعارضة", "جبهة النصرة", "فصائل إسلامية مقاتلة"),
       actor("Syrian government forces", "قوات النظام"), optional=True),
]
C["ant-SK-internationalNews-3270-20181004"] = []
_isr = actor("Israel", "Israeli Air Force", "Israeli military", "صاروخين إسرائيليين", "الطيران الإسرائيلي", "إسرائيل")
_sy = actor("Syrian government forces", "Syrian regime", "Iranian militias", "Iran", "النظام السوري", "الميليشيات الإيرانية", "مواقع للنظام السوري")
C["ant-SK-middleEast-2595-20180625"] = [
    ev("air_drone_strike", ("2018-06-25", "2018-06-25"), loc("Damascus International Airport", "SY", 33.411, 36.514, 25), _isr, _sy),
    ev("shelling_artillery_missile_attack", ("2018-06-25", "2018-06-25"), loc("Damascus International Airport", "SY", 33.411, 36.514, 25), _isr, _sy, optional=True),
]
C["ant-SK-middleEast-3730-20181005"] = []
C["snn-093c5f35857f"] = []

# --- group 4
_shb = actor("Al-Shabaab", "al-Shabaab", "حركة الشباب", "مقاتلي حركة الشباب", "مقاتلي الشباب", "متشددي الشباب", "المتشددين", "متطرفون", "al-Qaeda")
_amis = actor("AMISOM", "African Union Mission in Somalia", "African Union forces", "Ugandan military", "قوات الاتحاد الأفريقي", "بعثة الاتحاد الأفريقي في الصومال", "قوات حفظ السلام التابعة للاتحاد الأفريقي", "الجيش الأوغندي", "جنود أوغنديين")
BULO = loc("Bulo Marer", "SO", 1.63359, 44.52124, 25)
C["ant-SK-internationalNews-729-20180402"] = [
    ev("armed_clash", ("2018-04-01", "2018-04-01"), BULO, _shb, _amis, fatalities=[26, 73]),
    ev("remote_explosive_landmine_ied", ("2018-04-01", "2018-04-01"), BULO, _shb, _amis, optional=True),
    ev("suicide_bomb", ("2018-04-01", "2018-04-01"), BULO, _shb, _amis, optional=True),
    ev("armed_clash", ("2018-04-01", "2018-04-01"), loc("Lower Shabelle", "SO", 1.63359, 44.52124, 60), _shb,
       actor("AMISOM", "Somali army", "Ugandan military", "قوات الاتحاد الأفريقي", "الجيش الصومالي", "الجيش الأوغندي"), optional=True),
]
_opp = actor("Syrian rebels", "Syrian opposition", "المعارضة السورية", "مقاتلا من المعارضة", "مقاتلي المعارضة", "جماعات مقاتلة", "المعارضة", "مقاتلي الفصائل", "الفصائل")
_reg = actor("Syrian government forces", "Syrian army", "قوات النظام", "جيش النظام", "المسلحين الموالين لها", "الجيش السوري")
ALEP = loc("Aleppo (western outskirts)", "SY", 36.20124, 37.16117, 25)
_ghab_reb = actor("Syrian rebels", "Nusra Front", "Ahrar al-Sham", "مقاتلي المعارضة", "جبهة النصرة", "أحرار الشام", "جماعة أحرار الشام")
_ghab_gov = actor("Syrian government forces", "Syrian army", "الجيش السوري", "الفصيل المتحالف معه", "القوات الحكومية", "الحكومة")
C["snn-ad4cb486546c"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-01"), loc("Aleppo governorate", "SY", 36.20124, 37.16117, 100), _opp, _reg, fatalities=34),
    ev("armed_clash", ("2015-08-01", "2015-08-01"), ALEP, _opp, _reg),
    ev("air_drone_strike", ("2015-08-01", "2015-08-01"), ALEP, actor("Syrian government forces", "Syrian Air Force", "قصف جوي"), _opp),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-01"), ALEP, _reg, _opp),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-01"), ALEP, _opp, _reg, optional=True),
    ev("government_regains_territory", ("2015-07-29", "2015-08-01"), loc("Khirbat al-Naqus", "SY", 35.64814, 36.32531, 25), _ghab_gov, _ghab_reb),
    ev("government_regains_territory", ("2015-07-29", "2015-08-01"), loc("Al-Mansoura (Ghab)", "SY", 35.65009, 36.35101, 25), _ghab_gov, _ghab_reb),
    ev("air_drone_strike", ("2015-07-29", "2015-08-01"), loc("Sahl al-Ghab", "SY", 35.65, 36.35, 30),
       actor("Syrian government forces", "Syrian Air Force", "القوات الجوية السورية"), _ghab_reb, optional=True),
    ev("armed_clash", ("2015-07-27", "2015-08-01"), loc("Sahl al-Ghab", "SY", 35.65, 36.35, 30), _ghab_reb, _ghab_gov, optional=True),
]
C["snn-e78eed8d9603"] = []
C["ant-SK-middleEast-2230-20180607"] = []
C["snn-a781d5eee53c"] = []

# --- group 5
C["snn-eecc60d42c4b"] = []
C["ant-CN-sport-468-20181015"] = []
C["snn-a728e79add92"] = []
_uk = actor("Police Forces of the United Kingdom", "British police", "Metropolitan Police", "الشرطة البريطانية", "سكوتلاند يارد", "Scotland Yard")
_chou = actor("Anjem Choudary", "Mohammed Rahman", "al-Muhajiroun", "انجيم شوداري", "محمد رحمان", "الداعيتين المتشددين", "شوداري", "رحمان")
C["snn-afcb98d3160b"] = [
    ev("arrests", ("2015-08-04", "2015-08-05"), loc("London", "GB", 51.507, -0.128, 25), _uk, _chou),
    ev("arrests", ("2014-09-25", "2014-09-25"), loc("London", "GB", 51.507, -0.128, 25), _uk, _chou, optional=True),
]
_yarmy = actor("Yemeni army", "Government of Yemen (Hadi)", "Saudi-led coalition", "Arab Coalition", "الجيش اليمني", "التحالف العربي",
               "قوات الجيش الوطني", "وحدات من قوات الجيش الوطني", "اللواء التاسع حرس حدود", "الجيش الوطني")
_hou = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "الانقلابيين", "الميليشيات الإيرانية", "المتمردين", "عناصر المليشيات", "ميليشيات الحوثي")
HASH = loc("Al-Hashwa district (Jabal al-Rabea)", "YE", 16.90641, 44.27622, 40)
_coal = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "غارات للتحالف العربي")
C["ant-SK-middleEast-3161-20180729"] = [
    ev("government_regains_territory", ("2018-07-28", "2018-07-28"), HASH, _yarmy, _hou, fatalities=19),
    ev("armed_clash", ("2018-07-28", "2018-07-28"), HASH, _yarmy, _hou, fatalities=19, optional=True),
    ev("air_drone_strike", ("2018-07-27", "2018-07-29"), loc("East Bajil", "YE", 15.05898, 43.28731, 25), _coal, _hou),
    ev("air_drone_strike", ("2018-07-27", "2018-07-29"), loc("Al-Mansuriyah", "YE", 14.6856, 43.29922, 25), _coal, _hou),
    ev("air_drone_strike", ("2018-07-27", "2018-07-29"), loc("Ad-Durayhimi", "YE", 14.63702, 43.05505, 25), _coal, _hou),
]

# --- group 6
_ilp = actor("Israeli security forces", "Israeli Ministry of Defence", "Israeli police", "وزارة الدفاع الإسرائيلية", "الشرطة الإسرائيلية", "موشيه يعالون")
_jext = actor("Jewish extremists", "Israeli settlers", "متطرفين يهوديين", "متطرفون يهود", "مئير اتينغر", "افيتار سلونيم", "مردخاي ماير", "الناشطين المتطرفين من اليمين")
C["snn-d4e7d51d69ae"] = [
    ev("arrests", ("2015-08-02", "2015-08-09"), loc("Israel", "IL", None, None), _ilp, _jext, optional=True),
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma (Nablus)", "PS", 32.05632, 35.36705, 25), _jext,
       actor("Civilians", "Palestinians", "الطفل الفلسطيني علي دوابشة", "علي دوابشة", "عائلته", "سعد دوابشة"), fatalities=[1, 2], optional=True),
]
C["ant-CN-middleEast-1418-20181005"] = [
    ev("peaceful_protest", ("2018-10-05", "2018-10-05"), loc("Istanbul (Saudi consulate)", "TR", 41.08, 29.01, 25),
       actor("Protesters", "بيت الإعلاميين العرب في تركيا", "جمعية بيت الإعلاميين العرب في تركيا", "المشاركين في الوقفة الاحتجاجية", "توكل كرمان", "Tawakkol Karman"), None),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.08, 29.01, 25),
       actor("Saudi Arabia", "Saudi authorities", "السلطات السعودية", "القنصلية السعودية"), actor("Jamal Khashoggi", "جمال خاشقجي", "خاشقجي", "Journalists"), optional=True),
]
C["snn-76dd7e645e2e"] = []
GHOUTA = loc("Eastern Ghouta", "SY", 33.55, 36.40, 30)
C["ant-SK-middleEast-255-20180312"] = [
    ev("attack", ("2018-03-12", "2018-03-12"), GHOUTA, actor("Syrian rebels", "مسلحين", "Armed groups"),
       actor("Civilians", "المدنيين"), fatalities=5),
]
_sygov = actor("Syrian government forces", "Syrian Air Force", "القوات الحكومية", "الطيران الحكومي")
_civ = actor("Civilians", "المدنيين", "مدنيا", "مستشفى")
C["ant-SK-middleEast-18-20180222"] = [
    ev("air_drone_strike", ("2018-02-18", "2018-02-22"), GHOUTA, _sygov, _civ),
    ev("air_drone_strike", ("2018-02-18", "2018-02-22"), GHOUTA, _sygov, actor("Civilians", "مستشفى دار الشفاء", "Health workers"), optional=True),
    ev("air_drone_strike", ("2018-02-18", "2018-02-22"), loc("Arbin", "SY", 33.53719, 36.36635, 25), _sygov, actor("Civilians", "مستشفيات عربين", "Health workers"), optional=True),
    ev("air_drone_strike", ("2018-02-18", "2018-02-22"), loc("Saqba", "SY", 33.51893, 36.3831, 25), _sygov, actor("Civilians", "صقبة", "Health workers"), optional=True),
]

# --- group 7
_bgprot = actor("Protesters", "سكان مدينة بن قردان", "المحتجون", "الشبان المحتجون", "نقابات العمال")
BG = loc("Ben Gardane", "TN", 33.13783, 11.21965, 25)
MARSA = loc("La Marsa", "TN", 36.87818, 10.32466, 25)
_act = actor("Protesters", "Activists", "الناشطين بالمجتمع المدني", "عدد من الناشطين بالمجتمع المدني", "ناشطين")
_tnsec = actor("Police Forces of Tunisia", "Tunisian security forces", "قوات الأمن التونسية")
C["snn-070dd818e285"] = [
    ev("peaceful_protest", ("2015-07-20", "2015-07-22"), BG, _bgprot, None),
    ev("violent_demonstration", ("2015-07-20", "2015-07-22"), BG, _bgprot, None, optional=True),
    ev("protest_with_intervention", ("2015-07-19", "2015-07-22"), MARSA, _act, _tnsec),
    ev("arrests", ("2015-07-19", "2015-07-22"), MARSA, _tnsec, _act, optional=True),
]
C["snn-21c75b0c20d0"] = []
C["snn-fe0e59f3be02"] = []
C["ant-SK-internationalNews-195-20180301"] = []
C["ant-SK-middleEast-1926-20180524"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza Strip (border)", "PS", 31.42, 34.38, 30),
       actor("Israeli military", "Israel Defense Forces", "IDF", "القوات الإسرائيلية", "الجيش"),
       actor("Protesters", "Palestinians", "المتظاهرين الفلسطينيين", "المحتجين", "الفلسطينيين"), optional=True),
]

# --- group 8
SIRTE = loc("Sirte", "LY", 31.20892, 16.58866, 25)
_ter = actor("Islamic State", "ISIS", "مسلحين إرهابيين", "مسلحين", "انتحاري", "انتحاريين")
_lna = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش", "نقطة تفتيش تابعة للجيش", "غرفة عمليات سرت الكبرى")
C["ant-SK-middleEast-1522-20180509"] = [
    ev("suicide_bomb", ("2018-05-08", "2018-05-08"), SIRTE, _ter, _lna, fatalities=3),
    ev("attack", ("2018-05-08", "2018-05-08"), SIRTE, _ter, actor("Civilians", "مدنيين", "مدنيين اثنين"), fatalities=2),
    ev("disrupted_weapons_use", ("2018-05-08", "2018-05-08"), SIRTE, actor("Libyan National Army", "LNA", "قوات الأمن"), _ter, optional=True),
    ev("suicide_bomb", ("2018-04-30", "2018-05-06"), loc("Libya", "LY", None, None), None, None, fatalities=14, optional=True),
]
_syreg = actor("Syrian government forces", "Syrian regime", "قوات النظام السوري", "قوات النظام")
C["ant-SK-middleEast-1971-20180527"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-25", "2018-05-27"), loc("Jisr al-Shughur countryside", "SY", 35.81426, 36.32062, 25), _syreg, actor("Civilians", "المدنيين", "مدنيين")),
    ev("shelling_artillery_missile_attack", ("2018-05-25", "2018-05-27"), loc("Northern Latakia countryside", "SY", 35.80, 36.10, 40), _syreg, actor("Civilians", "المدنيين", "مدنيين")),
    ev("remote_explosive_landmine_ied", ("2018-05-25", "2018-05-27"), loc("Jisr al-Shughur", "SY", 35.81426, 36.32062, 25), None, actor("Civilians", "المدنيين", "مدنيين")),
]
C["ant-SK-middleEast-3932-20181018"] = []
C["snn-e46e62f62c47"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-07"), loc("Rafah", "PS", 31.2969, 34.2455, 25),
       actor("Israel", "Israeli military", "الاحتلال الإسرائيلي", "الاحتلال"), actor("Civilians", "Palestinians", "مواطنين فلسطينيين", "طواقم فنية"),
       fatalities=4, injured=[27, 33]),
]
C["snn-1bdb9d5df7c4"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-19"), loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25),
       actor("Houthis", "Ansar Allah", "القوات الموالية للحوثيين", "المتمردين", "الحوثيين"), actor("Civilians", "المدنيين", "مدنيين"),
       fatalities=[10, 99], optional=True),
]

# --- group 9
_pkk = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مسلحين من حزب العمال الكردستاني", "مسلحون أكراد", "مسلحي الجماعة")
_tra = actor("Turkish military", "Military Forces of Turkey", "Turkish Armed Forces", "الجيش التركي", "جنود أتراك", "قافلة عسكرية", "الجيش")
_traf = actor("Turkish military", "Military Forces of Turkey", "Turkish Air Force", "الجيش التركي", "غارات جوية")
C["ant-SK-internationalNews-3267-20181004"] = [
    ev("remote_explosive_landmine_ied", ("2018-10-04", "2018-10-04"), loc("Gercus, Batman", "TR", 37.5651, 41.39161, 25), _pkk, _tra, fatalities=7),
    ev("air_drone_strike", ("2018-10-02", "2018-10-04"), loc("Avashin-Basyan, northern Iraq", "IQ", 37.28, 43.55, 60), _traf, _pkk),
    ev("air_drone_strike", ("2018-10-02", "2018-10-04"), loc("Zap, northern Iraq", "IQ", 37.25, 43.70, 60), _traf, _pkk),
    ev("air_drone_strike", ("2018-10-02", "2018-10-04"), loc("Siirt province", "TR", 37.93262, 41.94025, 100), _traf, _pkk),
]
C["ant-SK-middleEast-3308-20180809"] = []
C["ant-SK-middleEast-864-20180408"] = [
    ev("chemical_weapon", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Syrian regime", "النظام السوري", "الحكومة السورية"), actor("Civilians", "Syrian rebels", "المعارضة")),
    ev("air_drone_strike", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Syrian regime", "النظام السوري"), actor("Syrian rebels", "Jaysh al-Islam", "المعارضة"), optional=True),
]
C["ant-CN-middleEast-1050-20180530"] = [
    ev("air_drone_strike", ("2018-05-28", "2018-05-30"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Israel", "Israeli military", "Israel Defense Forces", "إسرائيل"), actor("Hamas", "حماس", "حركة المقاومة الإسلامية", "حركة المقاومة الإسلامية حماس")),
    ev("shelling_artillery_missile_attack", ("2018-05-28", "2018-05-30"), loc("Southern Israel (Gaza periphery)", "IL", 31.40, 34.50, 40),
       actor("Palestinian Islamic Jihad", "Hamas", "الجهاد الإسلامي", "حركة الجهاد الإسلامي", "المقاتلين في غزة"), actor("Israel", "إسرائيل"), optional=True),
]
C["snn-b5c3c7905315"] = [
    ev("attack", ("2015-07-30", "2015-07-31"), loc("near Nablus (Duma)", "PS", 32.12, 35.33, 30),
       actor("Israeli settlers", "Settlers", "مستوطنون", "المستوطنين"), actor("Civilians", "Palestinians", "طفل فلسطيني", "الطفل فلسطيني"), fatalities=1),
]

# --- group 10
C["ant-CN-middleEast-1251-20180818"] = []
C["snn-d18758f15714"] = []
DERNA = loc("Derna (east coast area)", "LY", 32.76704, 22.63669, 25)
_isl = actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "تنظيم «داعش» الإرهابي", "أبوجعفر السوداني", "مقاتلو داعش")
_dmsc = actor("Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "صحوات الردة", "Civilians", "أشخاص ليبيين")
C["snn-47f9fe9c5a62"] = [
    ev("suicide_bomb", ("2015-08-09", "2015-08-11"), DERNA, _isl, _dmsc, fatalities=7, injured=19),
    ev("remote_explosive_landmine_ied", ("2015-08-09", "2015-08-11"), DERNA, _isl, _dmsc, fatalities=7, injured=19, optional=True),
    ev("air_drone_strike", ("2015-08-09", "2015-08-11"), DERNA,
       actor("Libyan National Army", "Libyan Air Force", "Government of Libya (Tobruk)", "سلاح الطيران التابع للحكومة الرسمية بليبيا", "سلاح الطيران"), _isl),
    ev("armed_clash", ("2015-08-09", "2015-08-11"), DERNA, _isl, _dmsc, optional=True),
]
_ygov = actor("Yemeni army", "Government of Yemen (Hadi)", "قوات الجيش اليمني", "قوات الشرعية", "الجيش الوطني", "الشرعية")
_yhou = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي الانقلابية", "ميليشيات الحوثي", "الميليشيا الحوثية", "ميليشيات الحوثي الإيرانية", "الميليشيات", "المتمردين")
_yco = actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف العربي", "التحالف العربي")
SAADA = loc("Saada governorate", "YE", 16.94021, 43.76394, 100)
C["ant-SK-middleEast-1236-20180425"] = [
    ev("government_regains_territory", ("2018-04-23", "2018-04-25"), SAADA, _ygov, _yhou),
    ev("air_drone_strike", ("2018-04-23", "2018-04-25"), SAADA, _yco, _yhou),
    ev("air_drone_strike", ("2018-04-23", "2018-04-25"), loc("Mafraq al-Mokha", "YE", 13.33, 43.30, 30), _yco, _yhou),
    ev("air_drone_strike", ("2018-04-23", "2018-04-25"), loc("Qataba (al-Khawkha)", "YE", 13.85, 43.26, 40), _yco, _yhou),
    ev("government_regains_territory", ("2018-04-23", "2018-04-25"), loc("Yemen (al-Darawi / Ras al-Tair mountains)", "YE", None, None), _ygov, _yhou, optional=True),
]
C["ant-SK-middleEast-1012-20180413"] = [
    ev("excessive_force_against_protesters", ("2018-04-13", "2018-04-13"), loc("Gaza Strip (eastern border)", "PS", 31.42, 34.40, 30),
       actor("Israeli military", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي"),
       actor("Protesters", "Palestinians", "شاب فلسطيني", "الفلسطينيين", "مسيرة العودة الكبرى"), fatalities=1, injured=968),
    ev("protest_with_intervention", ("2018-04-13", "2018-04-13"), loc("Gaza Strip (eastern border)", "PS", 31.42, 34.40, 30),
       actor("Protesters", "Palestinians", "مسيرة العودة الكبرى"), actor("Israeli military", "الجيش الإسرائيلي"), fatalities=1, injured=968, optional=True),
]

# --- group 11
C["snn-bf6851c04ecf"] = []
KOYA = loc("Koysinjaq (Koya)", "IQ", 36.08289, 44.62873, 25)
_iran = actor("Iran", "Islamic Revolutionary Guard Corps", "IRGC", "Military Forces of Iran", "قوات النظام الإيراني", "نظام الملالي", "النظام الإيراني", "طهران")
_kdpi = actor("KDPI", "Democratic Party of Iranian Kurdistan", "Kurdistan Democratic Party of Iran", "الحزب الديمقراطي الكردستاني الإيراني", "الحزب الديمقراطي الكردستاني", "الحزب الديمقراطي الكردستاني المعارض", "مقرات الحزب الديمقراطي الكردستاني الإيراني")
C["ant-SK-internationalNews-3167-20180908"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-08", "2018-09-08"), KOYA, _iran, _kdpi, fatalities=14, injured=40),
    ev("air_drone_strike", ("2018-09-08", "2018-09-08"), KOYA, _iran, _kdpi, fatalities=14, injured=40, optional=True),
]
C["ant-SK-internationalNews-3276-20181003"] = []
GAZA = loc("Gaza Strip (border)", "PS", 31.42, 34.40, 30)
_idf = actor("Israeli military", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي", "الجانب الإسرائيلي", "إسرائيل")
_pal = actor("Protesters", "Palestinians", "Civilians", "الفلسطينيين", "المدنيين الفلسطنيين", "المدنيين الفلسطينيين")
C["ant-CN-middleEast-924-20180514"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA, _idf, _pal, fatalities=50, injured=[450, 550]),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA, _pal, _idf, fatalities=50, injured=[450, 550], optional=True),
    ev("violent_demonstration", ("2018-05-14", "2018-05-14"), GAZA, _pal, _idf, fatalities=50, injured=[450, 550], optional=True),
]
C["ant-SK-middleEast-991-20180412"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-34.jsonl"))
