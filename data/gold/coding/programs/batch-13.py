import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- snn-ab2937f9803a (2015-08-08): French hostage released; abduction background
C["snn-ab2937f9803a"] = [
    ev("abduction_forced_disappearance", ("2015-02-24", "2015-02-24"),
       loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor("رجال بلباس الشرطة", "Unidentified armed group"),
       actor("إيزابيل بريم", "شيرين مكاوي", "Civilians", "Foreign nationals"),
       optional=True),
]
# --- snn-1a87ab1eb7f7 (2015-07-21): HRW report on past arrests of children
C["snn-1a87ab1eb7f7"] = [
    ev("arrests", ("2014-11-01", "2014-11-30"),
       loc("Jerusalem", "IL", 31.7690, 35.2163, 25),
       actor("قوة شرطة حرس الحدود الإسرائيلية", "Israeli Border Police", "قوات الامن الاسرائيلية", "Israeli security forces", "Police Forces of Israel"),
       actor("راشد س.", "اطفال فلسطينيين", "Civilians", "Palestinian children"),
       optional=True),
]
C["snn-eab927a74ea1"] = []
C["snn-8a9847a4f4c2"] = []
# --- snn-17d77564f856 (2015-08-09): Kurdish protest in Brussels
C["snn-17d77564f856"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-09"),
       loc("Brussels", "BE", 50.8503, 4.3517, 25),
       actor("المتظاهرون", "الأكراد", "Protesters", "Kurdish protesters", "Protesters (Belgium)"),
       None),
    ev("air_drone_strike", ("2015-08-02", "2015-08-09"),
       loc("Northern Iraq mountains", "IQ", 36.8, 44.0, 150),
       actor("الطيران التركي", "الجيش التركي", "Turkish Air Force", "Military Forces of Turkey", "Turkey"),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"),
       optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.9897, 38.3861, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("Civilians"),
       fatalities=32, optional=True),
]

C["ant-SK-internationalNews-3296-20181006"] = []
C["ant-SK-middleEast-1819-20180519"] = []
# --- 301 (2018-03-12 Mon): arson of Turkish mosque in Berlin Sunday; Kurdish protests in Germany
_pro = actor("المتظاهرين", "المحتجين", "الأكراد", "Protesters", "Kurdish protesters", "Protesters (Germany)")
C["ant-SK-internationalNews-301-20180312"] = [
    ev("looting_property_destruction", ("2018-03-11", "2018-03-11"),
       loc("Berlin (Reinickendorf)", "DE", 52.5900, 13.3300, 25),
       None, actor("مسجد قوجه سنان", "Turkish community", "Civilians"), optional=True),
    ev("violent_demonstration", ("2018-03-10", "2018-03-11"),
       loc("Dusseldorf", "DE", 51.2277, 6.7735, 25), _pro, None, injured=[2, 9], optional=True),
    ev("peaceful_protest", ("2018-03-10", "2018-03-11"),
       loc("Dusseldorf", "DE", 51.2277, 6.7735, 25), _pro, None, injured=[2, 9], optional=True),
    ev("peaceful_protest", ("2018-03-10", "2018-03-12"), loc("Hamburg", "DE", 53.5511, 9.9937, 25), _pro, None, optional=True),
    ev("peaceful_protest", ("2018-03-10", "2018-03-12"), loc("Kiel", "DE", 54.3233, 10.1228, 25), _pro, None, optional=True),
    ev("peaceful_protest", ("2018-03-10", "2018-03-12"), loc("Saarbrucken", "DE", 49.2402, 6.9969, 25), _pro, None, optional=True),
    ev("peaceful_protest", ("2018-03-10", "2018-03-12"), loc("Kaiserslautern", "DE", 49.4401, 7.7491, 25), _pro, None, optional=True),
]
# --- 981 (2018-04-12 Thu): IEDs at PMF funeral in Asdira village (Shirqat area, Salahuddin)
C["ant-SK-middleEast-981-20180412"] = [
    ev("remote_explosive_landmine_ied", ("2018-04-12", "2018-04-12"),
       loc("Asdira (Shirqat)", "IQ", 35.5062, 43.2309, 40),
       None, actor("المشيعين", "Civilians", "mourners"),
       fatalities=16, injured=14),
    ev("armed_clash", ("2018-04-11", "2018-04-12"),
       loc("Asdira (Shirqat)", "IQ", 35.5062, 43.2309, 40),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("الحشد الشعبي", "مقاتلي الحشد الشعبي", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"),
       fatalities=5, injured=4),
    ev("attack", ("2018-04-11", "2018-04-12"),
       loc("Asdira (Shirqat)", "IQ", 35.5062, 43.2309, 40),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("Civilians"), fatalities=5, injured=4, optional=True),
    ev("suicide_bomb", ("2018-01-16", "2018-01-16"),
       loc("Baghdad", "IQ", 33.3152, 44.3661, 25), None, actor("Civilians"), fatalities=31, optional=True),
]
# --- 1310 (2018-04-28 Sat): SLA-AW vs SAF fighting in Jebel Marra
_saf = actor("القوات الحكومية", "القوات الحكومية السودانية", "جيش النظام", "Sudanese Armed Forces", "SAF", "Military Forces of Sudan")
_sla = actor("حركة تحرير السودان جناح عبد الواحد نور", "مجموعة متمردة", "SLM/A-AW", "SLA-AW", "Sudan Liberation Movement/Army - Abdul Wahid")
C["ant-SK-middleEast-1310-20180428"] = [
    ev("armed_clash", ("2018-04-24", "2018-04-28"),
       loc("Jebel Marra", "SD", 13.0556, 24.0218, 60), _saf, _sla),
    ev("attack", ("2018-04-21", "2018-04-27"),
       loc("Jebel Marra", "SD", 13.0556, 24.0218, 60), None, actor("Civilians", "قرى"), optional=True),
]

# --- 610 (2018-04-14): US/UK/FR strikes on Syrian chemical targets dawn Saturday; no place named
C["ant-CN-middleEast-610-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"),
       loc("Syria", "SY", None, None),
       actor("أمريكا", "بريطانيا", "فرنسا", "United States", "Military Forces of the United States", "United Kingdom", "France", "USA"),
       actor("النظام السوري", "Syrian government", "Military Forces of Syria", "Syrian regime"),
       optional=True),
]
C["ant-CN-middleEast-412-20180329"] = []
C["snn-d3a13f58afac"] = []
# --- 1098 (2018-06-04): IED on military vehicle near Ain Issa; mysterious blast in Mayadin
C["ant-CN-middleEast-1098-20180604"] = [
    ev("remote_explosive_landmine_ied", ("2018-06-02", "2018-06-04"),
       loc("Ain Issa", "SY", 36.3855, 38.8623, 25),
       None,
       actor("التحالف الدولي", "قوات سوريا الديمقراطية", "International coalition", "US-led coalition", "Syrian Democratic Forces", "SDF", "سيارة عسكرية"),
       fatalities=1),
    ev("remote_explosive_landmine_ied", ("2018-06-02", "2018-06-04"),
       loc("Al Mayadin", "SY", 35.0209, 40.4535, 25),
       None, actor("حلفاء النظام غير السوريين", "pro-government militia", "Syrian regime allies", "Iranian-backed militias"),
       fatalities=6, optional=True),
]
C["ant-SK-internationalNews-1756-20180524"] = []

C["ant-CN-middleEast-998-20180522"] = []
C["ant-SK-sport-2729-20181001"] = []
# --- snn-3a973fb847c6 (2015-08-03; text says "اليوم الأحد" = 08-02): Duma arson Friday 31 Jul
C["snn-3a973fb847c6"] = [
    ev("attack", ("2015-07-31", "2015-07-31"),
       loc("Duma", "PS", 32.0586, 35.3648, 25),
       actor("يهوديان متطرفان", "متشددين يهود", "المتطرفين اليهود", "Jewish extremists", "Israeli settlers", "Settlers"),
       actor("رضيع فلسطيني", "فلسطينيين", "Civilians", "Palestinian civilians"),
       fatalities=1, injured=3),
]
# --- 1531 (2018-05-11): Russia says it foiled attacks on Victory Day; background arrests/killings
C["ant-SK-internationalNews-1531-20180511"] = [
    ev("arrests", ("2018-04-21", "2018-05-09"),
       loc("Moscow", "RU", 55.7558, 37.6173, 50),
       actor("الاستخبارات الروسية", "الأمن الروسي", "Russian intelligence", "FSB", "Police Forces of Russia"),
       actor("عناصر إرهابية", "شبكة إرهابية", "Militants", "Terrorist cell"), optional=True),
    ev("armed_clash", ("2018-04-21", "2018-04-24"),
       loc("Ural Federal District", "RU", None, None),
       actor("الاستخبارات الروسية", "الأمن الروسي", "Russian intelligence", "FSB"),
       actor("شبكة إرهابية", "Militants", "Terrorist cell"), fatalities=26, optional=True),
]
# --- 3613 (2018-09-10): IS attack on NOC HQ Tripoli
_is = actor("داعش", "تنظيم داعش", "مسلحين", "مسلحين ملثمين", "Islamic State", "ISIS", "Daesh")
C["ant-SK-middleEast-3613-20180910"] = [
    ev("armed_clash", ("2018-09-08", "2018-09-10"),
       loc("Tripoli", "LY", 32.8850, 13.1897, 25), _is,
       actor("حراسها", "قوات الردع الخاصة", "قوة الردع الخاصة", "Rada Special Deterrence Forces", "Special Deterrence Force", "Government of National Accord", "GNA", "المؤسسة الوطنية للنفط", "National Oil Corporation"),
       fatalities=2),
    ev("attack", ("2018-09-08", "2018-09-10"),
       loc("Tripoli", "LY", 32.8850, 13.1897, 25), _is,
       actor("الموظفين", "المؤسسة الوطنية للنفط", "National Oil Corporation", "Civilians"),
       fatalities=2, optional=True),
]

# --- snn-b08a12c80ed9 (2015-08-06): Turkey plans offensive (planned, not coded); background strikes
C["snn-b08a12c80ed9"] = [
    ev("air_drone_strike", ("2015-08-04", "2015-08-05"),
       loc("Northern Syria", "SY", None, None),
       actor("الولايات المتحدة", "United States", "USA", "Military Forces of the United States", "US-led coalition"),
       actor("داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-08-05"),
       loc("Northern Iraq", "IQ", None, None),
       actor("تركيا", "Turkey", "Military Forces of Turkey", "Turkish Air Force"),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"), optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.9897, 38.3861, 25),
       actor("داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians"),
       fatalities=32, optional=True),
]
C["ant-SK-middleEast-2287-20180610"] = []
C["snn-9c0ae30224dd"] = []
# --- snn-6d46196cee0c (2015-08-10): separatist assault near Starohnativka repelled
_sep = actor("الانفصاليين", "الانفصاليين الموالين لروسيا", "pro-Russian separatists", "Donetsk People's Republic", "DPR", "Separatists")
_ua = actor("القوات الحكومية", "الجيش الأوكراني", "القوات الأوكرانية", "Ukrainian Armed Forces", "Military Forces of Ukraine", "Ukraine")
_st = loc("Starohnativka", "UA", 47.57, 37.67, 30)
C["snn-6d46196cee0c"] = [
    ev("armed_clash", ("2015-08-09", "2015-08-10"), _st, _sep, _ua),
    ev("shelling_artillery_missile_attack", ("2015-08-09", "2015-08-10"), _st, _sep, _ua, optional=True),
    ev("government_regains_territory", ("2015-08-09", "2015-08-10"), _st, _ua, _sep, optional=True),
]
# --- snn-c195247bd4fa (2015-08-11): Ahwazi coalition forms leadership
C["snn-c195247bd4fa"] = [
    ev("change_to_group_activity", ("2015-08-09", "2015-08-11"),
       loc("Iran (Ahvaz region)", "IR", None, None),
       actor("الائتلاف الوطني الأحوازي", "Ahwazi National Coalition", "جبهة الأحواز الديمقراطية", "Ahwaz Democratic Front"),
       None, optional=True),
]

# --- 1038 (2018-04-14): reactions to Western strikes on Syria (place not named)
C["ant-SK-middleEast-1038-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"),
       loc("Syria", "SY", None, None),
       actor("الولايات المتحدة", "بريطانيا", "فرنسا", "United States", "Military Forces of the United States", "United Kingdom", "France", "USA"),
       actor("النظام السوري", "Syrian government", "Military Forces of Syria", "Syrian regime"),
       optional=True),
]
# --- snn-2f7ec49114b3 (2015-07-21 Tue): projectiles from Yemen on Jazan (Al-Harth, Al-Tuwal)
C["snn-2f7ec49114b3"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"),
       loc("Al-Mughayra (Al-Harth)", "SA", 16.7923, 43.1500, 30),
       None, actor("مقيمين من الجنسية اليمنية", "مقيمين", "Civilians"), injured=[2, 9]),
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"),
       loc("Al-Tuwal", "SA", 16.5294, 42.9676, 25),
       None, actor("مقيم من الجنسية المصرية", "Civilians"), injured=1),
]
C["snn-2b0c6fda0e14"] = []
C["ant-SK-internationalNews-2154-20180615"] = []
# --- 2835 (2018-07-10): Yemeni protest letter to Lebanon; background strikes
_coal = actor("التحالف العربي", "التحالف", "Saudi-led coalition", "Arab Coalition")
_hzb = actor("حزب الله", "ميليشيات حزب الله", "خبراء من الميليشيات", "Hezbollah")
C["ant-SK-middleEast-2835-20180710"] = [
    ev("air_drone_strike", ("2018-04-01", "2018-04-30"), loc("Saada Governorate", "YE", 16.9402, 43.7639, 100),
       _coal, _hzb, fatalities=3, optional=True),
    ev("air_drone_strike", ("2017-01-01", "2017-12-31"), loc("Hajjah Governorate", "YE", 15.6943, 43.6058, 100),
       _coal, _hzb, fatalities=3, optional=True),
]

C["ant-SK-economy-622-20180522"] = []
C["ant-SK-internationalNews-2447-20180703"] = []
# --- 2279 (2018-06-10 Sun): Hodeidah west coast front
_hou = actor("ميليشيات الحوثي", "الميليشيات الحوثية", "الحوثيين", "المتمردين", "المليشيات", "Houthis", "Ansar Allah")
_jrf = actor("المقاومة اليمنية المشتركة", "قوات المقاومة المشتركة", "القوات المشتركة", "القوات الإماراتية", "Joint Resistance Forces", "Yemeni joint forces", "UAE", "Military Forces of the United Arab Emirates", "Saudi-led coalition", "Arab Coalition")
_coal2 = actor("التحالف العربي", "تحالف دعم الشرعية", "مقاتلات التحالف", "التحالف", "Saudi-led coalition", "Arab Coalition")
C["ant-SK-middleEast-2279-20180610"] = [
    ev("armed_clash", ("2018-06-10", "2018-06-10"),
       loc("Ad Durayhimi", "YE", 14.6370, 43.0551, 25), _jrf, _hou, fatalities=5),
    ev("air_drone_strike", ("2018-06-08", "2018-06-10"),
       loc("Al Jah (Bayt al-Faqih)", "YE", 14.4668, 43.2899, 30), _coal2, _hou, fatalities=[2, 41]),
    ev("armed_clash", ("2018-06-08", "2018-06-10"),
       loc("Al Jah (Bayt al-Faqih)", "YE", 14.4668, 43.2899, 30), _jrf, _hou, optional=True),
    ev("government_regains_territory", ("2018-06-09", "2018-06-09"),
       loc("Ad Durayhimi", "YE", 14.6370, 43.0551, 60), _jrf, _hou, optional=True),
    ev("abduction_forced_disappearance", ("2018-06-08", "2018-06-10"),
       loc("Al Hudaydah", "YE", 14.7966, 42.9452, 25), _hou,
       actor("حزب المؤتمر الشعبي العام", "المؤتمر", "قاسم مهدي حيدر", "أكرم فتوان", "General People's Congress", "GPC"),
       ),
    ev("arrests", ("2018-06-03", "2018-06-10"),
       loc("Houthi-held areas", "YE", None, None), _hou,
       actor("قيادات في حزب المؤتمر", "General People's Congress", "GPC"), optional=True),
    ev("air_drone_strike", ("2018-06-08", "2018-06-10"),
       loc("Al Ammar (As Safra)", "YE", 16.7912, 43.7908, 25), _coal2, _hou),
    ev("air_drone_strike", ("2018-06-08", "2018-06-10"),
       loc("Shada district", "YE", 16.8925, 43.1864, 30), _coal2, _hou),
]
# --- 3493 (2018-09-02): infographic of Syrian war history: all background (optional)
_sy = actor("الجيش السوري", "القوات الحكومية", "القوات السورية", "Syrian Arab Army", "Military Forces of Syria", "Syrian government forces")
_opp = actor("المعارضة", "فصائل المعارضة", "المعارضة المسلحة", "Syrian opposition", "Rebels")
C["ant-SK-middleEast-3493-20180902"] = [
    ev("government_regains_territory", ("2013-04-01", "2013-06-30"), loc("Al Qusayr", "SY", 34.5091, 36.5798, 25),
       actor("حزب الله", "القوات الحكومية", "Hezbollah", "Syrian government forces"), _opp, optional=True),
    ev("non_state_actor_overtakes_territory", ("2014-01-01", "2014-01-31"), loc("Raqqa", "SY", 35.9528, 39.0079, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"), actor("فصائل المعارضة المسلحة", "جبهة النصرة", "Syrian opposition", "Jabhat al-Nusra"), optional=True),
    ev("non_violent_transfer_of_territory", ("2014-05-01", "2014-05-31"), loc("Homs (Old City)", "SY", 34.7315, 36.6854, 25),
       _opp, _sy, optional=True),
    ev("government_regains_territory", ("2016-12-01", "2016-12-31"), loc("Aleppo", "SY", 36.2037, 37.1726, 25), _sy, _opp, optional=True),
    ev("non_state_actor_overtakes_territory", ("2017-10-01", "2017-11-30"), loc("Raqqa", "SY", 35.9528, 39.0079, 25),
       actor("قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SDF"), actor("داعش", "Islamic State", "ISIS"), optional=True),
    ev("government_regains_territory", ("2018-04-01", "2018-04-30"), loc("Eastern Ghouta", "SY", 33.5718, 36.4027, 25), _sy, _opp, optional=True),
    ev("government_regains_territory", ("2018-06-01", "2018-07-31"), loc("Daraa", "SY", 32.6189, 36.1021, 25), _sy, _opp, optional=True),
]
# --- 1488 (2018-10-11): military court sentences (not event); background attacks + tickers (optional)
_isg = actor("Islamic State", "ISIS", "متهما", "Militants")
C["ant-CN-middleEast-1488-20181011"] = [
    ev("suicide_bomb", ("2016-12-11", "2016-12-11"), loc("Cairo (Abbasiya, St Peter and St Paul Church)", "EG", 30.0727, 31.2791, 25),
       _isg, actor("Civilians", "Coptic Christians"), fatalities=29, injured=34, optional=True),
    ev("suicide_bomb", ("2017-04-09", "2017-04-09"), loc("Tanta", "EG", 30.7885, 31.0019, 25),
       _isg, actor("Civilians", "Coptic Christians"), fatalities=27, injured=75, optional=True),
    ev("suicide_bomb", ("2017-04-09", "2017-04-09"), loc("Alexandria", "EG", 31.2103, 29.9264, 25),
       _isg, actor("Civilians", "Coptic Christians"), fatalities=18, injured=43, optional=True),
    ev("armed_clash", ("2017-01-01", "2017-01-31"), loc("Al-Naqb checkpoint (New Valley)", "EG", 25.4514, 30.5464, 100),
       _isg, actor("رجال الشرطة", "Police Forces of Egypt", "Egyptian police"), fatalities=8, injured=14, optional=True),
    ev("arrests", ("2018-10-07", "2018-10-11"), loc("Derna", "LY", 32.7670, 22.6367, 50),
       actor("Libyan National Army", "LNA"), actor("هشام عشماوي", "Hisham Ashmawi"), optional=True),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul", "TR", 41.0194, 28.9826, 25),
       actor("Saudi Arabia", "مسؤولين سعوديين"), actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists"), optional=True),
]

C["ant-SK-middleEast-411-20180319"] = []
C["snn-23d8234c5a6b"] = []
C["snn-4694fc03e344"] = []
# --- 1475 (2018-10-11): condolence message; background Mughniyeh assassination; Khashoggi ticker
C["ant-CN-middleEast-1475-20181011"] = [
    ev("remote_explosive_landmine_ied", ("2008-01-01", "2008-12-31"), loc("Damascus", "SY", 33.5158, 36.2815, 25),
       actor("إسرائيل", "Israel"), actor("عماد مغنية", "حزب الله", "Hezbollah", "Imad Mughniyeh"), fatalities=1, optional=True),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul", "TR", 41.0194, 28.9826, 25),
       actor("Saudi Arabia"), actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists"), optional=True),
]
# --- 765 (2018-04-04): Libya/Sudan/Niger/Chad security-cooperation agreement in Niamey (Tue); background Sirte
C["ant-SK-middleEast-765-20180404"] = [
    ev("agreement", ("2018-04-03", "2018-04-03"), loc("Niamey", "NE", 13.5116, 2.1254, 25),
       actor("ليبيا", "السودان", "النيجر", "تشاد", "Libya", "Sudan", "Niger", "Chad"), None, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-06-01", "2015-06-30"), loc("Sirte", "LY", 31.2089, 16.5887, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"), None, optional=True),
    ev("government_regains_territory", ("2016-12-01", "2016-12-31"), loc("Sirte", "LY", 31.2089, 16.5887, 25),
       actor("حكومة الوفاق", "Government of National Accord", "GNA"), actor("تنظيم داعش", "Islamic State", "ISIS"), optional=True),
]

C["ant-SK-internationalNews-1042-20180420"] = []
C["snn-c2bf4d79f81e"] = []
# --- 3564 (2018-09-08 Sat): rockets on Basra airport; Iranian consulate stormed Friday night; protesters killed Friday
_bpro = actor("المتظاهرون", "المحتجين", "Protesters", "Protesters (Iraq)")
_aah = actor("ميليشيات عصائب أهل الحق", "عصائب أهل الحق", "Asaib Ahl al-Haq", "AAH", "Popular Mobilization Forces")
_bas = loc("Basra", "IQ", 30.5330, 47.7975, 25)
C["ant-SK-middleEast-3564-20180908"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-06", "2018-09-08"),
       loc("Basra airport", "IQ", 30.5491, 47.6621, 25),
       actor("مهاجمين مجهولين", "Unidentified armed group"), actor("مطار البصرة", "Basra airport")),
    ev("violent_demonstration", ("2018-09-07", "2018-09-08"), _bas, _bpro,
       actor("القنصلية الإيرانية", "Iran", "Iranian consulate")),
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), _bas, _aah, _bpro,
       fatalities=3, injured=[45, 55]),
    ev("attack", ("2018-09-07", "2018-09-07"), _bas, _aah, _bpro,
       fatalities=3, injured=[45, 55], optional=True),
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), _bas, _bpro, None,
       fatalities=3, injured=[45, 55], optional=True),
    ev("peaceful_protest", ("2018-09-06", "2018-09-08"), loc("Umm Qasr", "IQ", 30.0362, 47.9195, 25), _bpro, None, optional=True),
]
C["ant-SK-internationalNews-2012-20180607"] = []
# --- snn-aa7bb7d24a69 (2015-08-08): Croatian hostage; all events background
_ws = actor("ولاية سيناء", "تنظيم داعش", "داعش", "Wilayat Sinai", "Islamic State", "ISIS", "Sinai Province")
C["snn-aa7bb7d24a69"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"), loc("Cairo (suburb)", "EG", 30.0797, 31.3234, 30),
       _ws, actor("توميسلاف سالوبيك", "Tomislav Salopek", "Civilians", "Foreign nationals"), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-01", "2015-07-31"), loc("Cairo (Italian consulate)", "EG", 30.0444, 31.2357, 25),
       _ws, actor("القنصلية الإيطالية", "Italian consulate"), fatalities=1, optional=True),
    ev("attack", ("2015-02-01", "2015-02-28"), loc("Libya (coast)", "LY", None, None),
       _ws, actor("21 قبطيا", "Coptic Christians", "Civilians"), fatalities=21, optional=True),
    ev("air_drone_strike", ("2015-02-01", "2015-02-28"), loc("Libya", "LY", None, None),
       actor("القاهرة", "Egypt", "Egyptian Air Force", "Military Forces of Egypt"), actor("الجهاديين", "Islamic State", "ISIS"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-13.jsonl"))
