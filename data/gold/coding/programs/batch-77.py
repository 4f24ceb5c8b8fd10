import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-b93f09e05999"] = []
C["snn-fdb2925a28d7"] = []
C["snn-91498467330b"] = [
    ev("attack", ("2015-07-31", "2015-08-02"),
       loc("Kamenge, Bujumbura", "BI", -3.34, 29.37, 50),
       actor("Unidentified armed men", "عددا من الرجال يرتدون زيا عسكريا", "رجال يرتدون زيا عسكريا"),
       actor("Adolphe Nshimirimana", "ادولف نشيميريمانا", "نشيميريمانا", "رئيس المخابرات السابق"),
       fatalities=1),
]
C["snn-f0c75efb5d42"] = []
C["ant-SK-middleEast-3425-20180816"] = [
    ev("air_drone_strike", ("2018-08-14", "2018-08-16"), loc("Syria", "SY", None, None),
       actor("Iraqi Air Force", "Iraqi military", "طائرات عراقية", "الجيش العراقي"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"),
       fatalities=[2, 99], optional=True),
]
C["ant-SK-internationalNews-2888-20180803"] = []
C["ant-SK-economy-13-20180216"] = []
MUK = loc("Al Mukalla", "YE", 14.54248, 49.12424, 25)
AQ = actor("Al-Qaeda in the Arabian Peninsula", "AQAP", "Al-Qaeda", "القاعدة", "تنظيم القاعدة", "التنظيم")
C["snn-7be5c650f707"] = [
    ev("peaceful_protest", ("2015-07-23", "2015-07-23"), MUK,
       actor("Protesters", "Civilians", "المتظاهرين", "المئات", "أبناء مدينة المكلا"), None),
    ev("abduction_forced_disappearance", ("2015-07-10", "2015-07-20"), MUK, AQ,
       actor("Retired military officers", "Security and Defense Committee", "الضباط العسكريين المتقاعدين", "لجنة الأمن والدفاع", "ضباطا وعسكريين متقاعدين"),
       optional=True),
    ev("abduction_forced_disappearance", ("2015-04-29", "2015-04-29"), MUK, AQ,
       actor("Mohammed Saeed al-Jurairi", "العميد محمد سعيد الجريري", "الجريري", "لجنة الأمن والدفاع"),
       optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-04-02", "2015-04-02"), MUK, AQ, None, optional=True),
]
C["snn-7185d7ed5cbd"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Azaz", "SY", 36.58662, 37.04628, 25),
       actor("International Coalition", "US-led coalition", "طائرات التحالف", "التحالف الدولي", "التحالف"),
       actor("Jabhat al-Nusra", "Nusra Front", "جبهة النصرة", "تنظيم جبهة النصرة")),
    ev("air_drone_strike", ("2015-07-24", "2015-07-31"), loc("Aleppo countryside", "SY", 36.2, 37.6, 100),
       actor("International Coalition", "US-led coalition", "طائرات التحالف", "التحالف الدولي"),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-05-01", "2015-05-31"), loc("Palmyra", "SY", 34.56077, 38.28055, 25),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), None, optional=True),
    ev("armed_clash", ("2015-05-01", "2015-05-31"), loc("Deir ez-Zor", "SY", 35.33, 40.14, 100),
       actor("US forces", "مجموعة عسكرية أميركية", "الطائرات الأميركية"),
       actor("Islamic State", "ISIS", "داعش", "أبو سياف"), optional=True),
]
C["snn-48476ba15c91"] = []
C["snn-44f6c9795780"] = []
DER = loc("Derna outskirts", "LY", 32.76704, 22.63669, 30)
LNA = actor("Libyan National Army", "LNA", "الجيش الليبي", "الجيش", "الجيش الوطني", "القوات البرية")
DMSC = actor("Derna Mujahideen Shura Council", "مجلس شورى مجاهدي درنة")
C["ant-SK-middleEast-1737-20180516"] = [
    ev("government_regains_territory", ("2018-05-09", "2018-05-16"), loc("Al-Dhahr al-Hamr, Derna", "LY", 32.76704, 22.63669, 30), LNA, DMSC, optional=True),
    ev("government_regains_territory", ("2018-05-09", "2018-05-16"), loc("Al-Hila, Derna", "LY", 32.76704, 22.63669, 30), LNA, DMSC, optional=True),
    ev("government_regains_territory", ("2018-05-09", "2018-05-16"), loc("Manazil Bu Rbeiha, Derna", "LY", 32.76704, 22.63669, 30), LNA, DMSC, optional=True),
    ev("government_regains_territory", ("2018-05-09", "2018-05-16"), loc("Al-Kassarat, Derna", "LY", 32.76704, 22.63669, 30), LNA, DMSC, optional=True),
    ev("armed_clash", ("2018-05-09", "2018-05-16"), DER, LNA, DMSC, optional=True),
]

COAL = actor("Saudi-led coalition", "Arab Coalition", "طائرات تحالف دعم الشرعية", "طائرات التحالف", "قوات التحالف العربي لدعم الشرعية", "التحالف")
HOU = actor("Houthis", "Ansar Allah", "ميليشيا الانقلاب الحوثية", "الميليشيات الحوثية الانقلابية", "ميليشيات الحوثي", "الحوثي")
C["ant-SK-middleEast-3576-20180908"] = [
    ev("air_drone_strike", ("2018-09-07", "2018-09-08"), loc("Al-Amshiyah, Safra district", "YE", 16.82, 43.80, 40), COAL, HOU),
    ev("air_drone_strike", ("2018-09-07", "2018-09-07"), loc("Jabal Anm, Sahar district", "YE", 16.88, 43.69, 30), COAL, HOU, fatalities=[2, 99]),
]
C["ant-SK-internationalNews-3194-20180910"] = []
C["ant-SK-internationalNews-2795-20180723"] = []
C["ant-SK-middleEast-1734-20180516"] = [
    ev("peaceful_protest", ("2018-01-01", "2018-05-16"), loc("Sudan", "SD", None, None),
       actor("Protesters", "مظاهرات مضادة للحكومة"), None, optional=True),
]
C["snn-aa8b8f02fed1"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma", "PS", 32.058605, 35.364841, 25),
       actor("Israeli settlers", "مستوطنون إسرائيليون متطرفون", "متطرفون إسرائيليون", "مستوطنون إسرائيليون"),
       actor("Civilians", "Palestinian civilians", "علي الدوابشة", "طفل فلسطيني", "الطفل الفلسطيني", "عائلة دوابشة"),
       fatalities=1, injured=3),
]
RAM = loc("Ramadi", "IQ", 33.42056, 43.30778, 25)
ISF = actor("Iraqi security forces", "Iraqi army", "القوات الأمنية المشتركة", "القوات الأمنية", "قواتنا الأمنية المشتركة")
IS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "الدواعش")
C["snn-a346ab6f1552"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), loc("Albu Alwan, north of Ramadi", "IQ", 33.45, 43.30, 25), ISF, IS, fatalities=[0, 30]),
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), loc("Zankoura, north of Ramadi", "IQ", 33.47, 43.22, 25), ISF, IS, fatalities=[0, 30]),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Al-Fallahat, east of Ramadi", "IQ", 33.42, 43.36, 25),
       actor("Iraqi Air Force", "طائرات القوة الجوية", "الطيران العراقي"), IS),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), RAM, ISF, IS),
    ev("looting_property_destruction", ("2015-08-04", "2015-08-06"), loc("East of Ramadi", "IQ", 33.42, 43.36, 25), ISF, IS, optional=True),
]

C["snn-93cc8fffb322"] = []
C["ant-SK-middleEast-3833-20181012"] = []
C["ant-SK-internationalNews-72-20180222"] = []
C["snn-1405d4735eb3"] = []
SYG = actor("Syrian government forces", "Syrian regime", "النظام السوري", "قوات النظام", "الجيش السوري")
REB = actor("Syrian rebels", "Armed opposition factions", "الفصائل المسلحة")
C["ant-SK-middleEast-3124-20180726"] = [
    ev("government_regains_territory", ("2018-07-01", "2018-07-26"), loc("Daraa province", "SY", 32.85305, 36.223056, 100), SYG, REB, optional=True),
    ev("government_regains_territory", ("2018-07-01", "2018-07-26"), loc("Quneitra province", "SY", 33.106988, 35.804905, 100), SYG, REB, optional=True),
    ev("government_regains_territory", ("2018-05-01", "2018-05-31"), loc("Damascus outskirts", "SY", 33.51, 36.29, 50), SYG, REB, optional=True),
]
C["ant-SK-internationalNews-1771-20180525"] = [
    ev("shelling_artillery_missile_attack", ("2014-07-01", "2014-07-31"), loc("Eastern Ukraine", "UA", None, None),
       actor("Russian armed forces", "القوات المسلحة الروسية", "الوحدة العسكرية 53 المضادة للطائرات"),
       actor("Malaysia Airlines MH17", "Civilians", "الرحلة إم.إتش17", "طائرة تابعة للخطوط الجوية الماليزية"), optional=True),
]

KIS = loc("Al Kiswah", "SY", 33.3581, 36.2419, 25)
ISR = actor("Israel", "Israeli military", "إسرائيل", "صاروخين إسرائيليين", "الجيش الإسرائيلي")
PRO = actor("Pro-regime militia", "Islamic Revolutionary Guard Corps", "IRGC", "الميليشيا الموالية لقوات النظام السوري", "مقاتلين من الحرس الثوري الإيراني", "مقاتلين موالين للنظام")
C["ant-SK-middleEast-1547-20180508"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-08"), KIS, ISR, PRO, fatalities=9),
    ev("air_drone_strike", ("2018-05-08", "2018-05-08"), KIS, ISR, PRO, fatalities=9, optional=True),
    ev("disrupted_weapons_use", ("2018-05-08", "2018-05-08"), KIS,
       actor("Syrian air defenses", "Syrian government forces", "الدفاعات الجوية السورية"), ISR, optional=True),
]
HOUm = actor("Houthis", "Ansar Allah", "الحوثيون", "ميليشيات الحوثي", "الحوثيين")
KSA = actor("Saudi armed forces", "Saudi Arabia", "القوات السعودية")
RIY = loc("Riyadh", "SA", 24.702524, 46.821833, 25)
C["ant-SK-middleEast-573-20180326"] = [
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-25"), RIY, KSA, HOUm),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-25"), RIY, HOUm, KSA, optional=True),
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-25"), loc("Saudi Arabia", "SA", None, None), KSA, HOUm, optional=True),
]
C["snn-f2c3774af61d"] = []
C["snn-39cc18064b58"] = []
C["ant-SK-internationalNews-1979-20180605"] = [
    ev("arrests", ("2018-06-05", "2018-06-05"), loc("Yalova", "TR", 40.650975, 29.268857, 50),
       actor("Turkish police", "Turkish authorities", "السلطات"), actor("نوري كورتسيبي", "Nuri Kurtcebe", "رسام كاريكاتير"), optional=True),
    ev("arrests", ("2017-06-01", "2017-06-30"), loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       actor("Turkish authorities", "السلطات"), actor("Arzu Cerkezoglu", "أرزو جيركيزوغلو", "DISK"), optional=True),
]
BAS = loc("Basra", "IQ", 30.53302, 47.79747, 25)
C["ant-CN-middleEast-1313-20180908"] = [
    ev("violent_demonstration", ("2018-09-06", "2018-09-08"), BAS,
       actor("Protesters", "محتجين", "Rioters"), actor("Iranian consulate", "Iran", "القنصلية")),
    ev("peaceful_protest", ("2018-09-06", "2018-09-08"), BAS, actor("Protesters", "احتجاجات", "محتجين"), None, optional=True),
]

C["ant-SK-internationalNews-3157-20180907"] = []
C["ant-SK-middleEast-882-20180409"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Syrian regime", "الجيش السوري", "القوات الحكومية"),
       actor("Civilians", "المدنيين", "نساء وأطفال"), fatalities=[10, 99]),
    ev("shelling_artillery_missile_attack", ("2017-04-01", "2017-04-30"), loc("Syria", "SY", None, None),
       actor("United States", "US military", "ترامب"), actor("Syrian government forces", "قاعدة جوية سورية"), optional=True),
    ev("chemical_weapon", ("2017-04-01", "2017-04-30"), loc("Syria", "SY", None, None),
       None, actor("Civilians", "مدنيين"), optional=True),
]
SYA = actor("Syrian government forces", "Syrian Air Force", "الجيش السوري", "سلاح الجو السوري")
JAF = actor("Jaish al-Fatah", "Syrian rebels", "جيش الفتح", "مقاتلي المعارضة", "قوات المعارضة")
C["snn-7f4122955500"] = [
    ev("air_drone_strike", ("2015-07-15", "2015-07-22"), loc("Zabadani", "SY", 33.72488, 36.1005, 25), SYA,
       actor("Civilians", "Syrian rebels", "السكان المدنيين", "قوات المعارضة"), fatalities=[10, 99], optional=True),
    ev("armed_clash", ("2015-07-15", "2015-07-22"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian government forces", "Hezbollah", "الجيش السوري", "حزب الله اللبناني"),
       actor("Syrian rebels", "قوات المعارضة"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-15", "2015-07-22"), loc("Al-Fuah", "SY", 35.98262, 36.70351, 25), JAF,
       actor("Civilians", "المدنيون"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-15", "2015-07-22"), loc("Kafraya", "SY", 35.99029, 36.67816, 25), JAF,
       actor("Civilians", "المدنيون"), optional=True),
    ev("armed_clash", ("2015-07-21", "2015-07-22"), loc("Turkey-Syria border", "TR", None, None),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مسلحو حزب العمال الكردستاني"),
       actor("Turkish police", "شرطيين تركيين"), fatalities=2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"),
       actor("Civilians", "حشد من الشباب المؤيدين للأكراد"), fatalities=32),
]
ISRa = actor("Israel", "Israeli military", "الجيش الإسرائيلي", "إسرائيل")
IRN = actor("Iran", "Islamic Revolutionary Guard Corps", "Quds Force", "إيران", "فيلق القدس", "الحرس الثوري الإيراني")
C["ant-CN-middleEast-874-20180510"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 30), IRN, ISRa),
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 30), ISRa, IRN, optional=True),
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"), loc("Syria", "SY", None, None), ISRa, IRN, optional=True),
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"), loc("Syria", "SY", None, None), ISRa,
       actor("Syrian government forces", "الجيش السوري", "نظام الأسد"), optional=True),
]
C["ant-SK-internationalNews-8-20180218"] = [
    ev("air_drone_strike", ("2018-02-01", "2018-02-18"), loc("Syria", "SY", None, None), ISRa,
       actor("Iran-backed forces", "مواقع تدعمها إيران"), optional=True),
    ev("disrupted_weapons_use", ("2018-02-01", "2018-02-18"), loc("Syria", "SY", None, None),
       actor("Syrian government forces", "الدفاعات السورية المضادة للطائرات"), ISRa, optional=True),
    ev("disrupted_weapons_use", ("2018-02-01", "2018-02-18"), loc("Israel", "IL", None, None), ISRa,
       actor("Iran", "طائرة إيرانية بدون طيار"), optional=True),
]
C["ant-SK-internationalNews-133-20180225"] = []

RES = actor("Popular Resistance", "Yemeni government forces", "المقاومة الشعبية", "المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي", "المقاومة")
HOUS = actor("Houthis", "Ansar Allah", "Saleh loyalists", "ميليشيات المتمردين الحوثيين", "المتمردين الحوثيين", "الميليشيا الحوثية", "قوات حليفهم الرئيس السابق علي عبد الله صالح")
C["snn-d8cdf5f73b81"] = [
    ev("government_regains_territory", ("2015-07-20", "2015-07-20"), loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25), RES, HOUS),
    ev("armed_clash", ("2015-07-20", "2015-07-20"), loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25), RES, HOUS, optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Ibb province", "YE", 13.96667, 44.18333, 100), RES, HOUS,
       fatalities=[2, 99], injured=[2, 99]),
    ev("non_state_actor_overtakes_territory", ("2015-03-20", "2015-03-31"), loc("Aden", "YE", 12.798744, 45.015277, 25), HOUS, None, optional=True),
]
C["snn-c491845aac69"] = []
EGA = actor("Egyptian Armed Forces", "Egyptian army", "الجيش المصري", "القوات المسلحة", "القوات")
TAK = actor("Militants", "Islamic State Sinai Province", "مسلحين تكفيريين", "تكفيريين", "فردا تكفيريا")
C["ant-SK-middleEast-2029-20180529"] = [
    ev("armed_clash", ("2018-05-22", "2018-05-29"), loc("North Sinai", "EG", 30.9, 33.6, 100), EGA, TAK, fatalities=[2, 10], injured=[0, 4], optional=True),
    ev("armed_clash", ("2018-05-22", "2018-05-29"), loc("Central Sinai", "EG", 30.1, 33.8, 100), EGA, TAK, optional=True),
    ev("arrests", ("2018-05-22", "2018-05-29"), loc("North Sinai", "EG", 30.9, 33.6, 100), EGA, actor("Suspects", "المطلوبين جنائيا والمشتبه بهم"), optional=True),
    ev("disrupted_weapons_use", ("2018-05-22", "2018-05-29"), loc("North Sinai", "EG", 30.9, 33.6, 100), EGA, TAK, optional=True),
]
C["snn-dd999d298e91"] = []
C["snn-11c8eed47bb9"] = []
C["ant-SK-middleEast-917-20180410"] = []

C["snn-a8503f70e057"] = []
C["ant-SK-internationalNews-1269-20180430"] = []
C["snn-30cb26f68ce3"] = []
C["ant-CN-middleEast-900-20180513"] = []
C["snn-e8836e09fcb4"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-77.jsonl"))
