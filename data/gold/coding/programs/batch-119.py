import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

HOUTHI = ["مليشيات الحوثي", "ميليشيات الحوثي", "الحوثيين", "الحوثي", "الانقلابيين", "الميليشيات الحوثية", "Houthis", "Ansar Allah"]
COAL = ["تحالف دعم الشرعية في اليمن", "التحالف العربي", "التحالف", "Saudi-led coalition", "Arab Coalition"]

C["ant-SK-internationalNews-266-20180311"] = []

C["ant-SK-middleEast-3451-20180818"] = [
    ev("air_drone_strike", ("2018-08-16", "2018-08-18"),
       loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor(*COAL), actor(*HOUTHI)),
    ev("armed_clash", ("2018-08-18", "2018-08-18"),
       loc("Ad Durayhimi", "YE", 14.637, 43.055, 25),
       actor("المقاومة اليمنية المشتركة", "ألوية العمالقة", "قوات المقاومة", "المقاومة اليمنية", "Joint Resistance Forces", "Giants Brigades", "Yemeni government forces"),
       actor(*HOUTHI)),
    ev("government_regains_territory", ("2018-08-18", "2018-08-18"),
       loc("Ad Durayhimi", "YE", 14.637, 43.055, 25),
       actor("المقاومة اليمنية المشتركة", "ألوية العمالقة", "قوات المقاومة", "Joint Resistance Forces", "Giants Brigades", "Yemeni government forces"),
       actor(*HOUTHI), optional=True),
    ev("air_drone_strike", ("2018-08-18", "2018-08-18"),
       loc("Ad Durayhimi", "YE", 14.637, 43.055, 25),
       actor(*COAL), actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2018-08-17", "2018-08-18"),
       loc("Al Jabaliya, At Tuhayta district", "YE", 14.08, 43.12, 30),
       actor("المقاومة اليمنية المشتركة", "Joint Resistance Forces", "Yemeni government forces"),
       actor(*HOUTHI)),
]

C["snn-2bcc4392badd"] = [
    ev("suicide_bomb", ("2015-07-19", "2015-07-21"),
       loc("Turkey", "TR", None, None), None, None, optional=True),
]

C["snn-eeec9ec48f22"] = []

C["ant-SK-middleEast-2549-20180623"] = [
    ev("armed_clash", ("2018-06-14", "2018-06-23"),
       loc("Jebel Marra", "SD", 13.0, 24.35, 60),
       actor("القوات الحكومية", "القوات السودانية", "Sudanese Armed Forces", "Sudan government forces"),
       actor("الجماعات المتمردة", "المتمردين", "Darfur rebels", "Sudan Liberation Movement"), optional=True),
]

C["snn-050c8217c783"] = []

C["ant-CN-middleEast-865-20180510"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"),
       loc("Golan Heights", "SY", 33.0, 35.77, 40),
       actor("فيلق القدس", "فيلق القدس الإيراني", "الحرس الثوري الإيراني", "إيران", "Quds Force", "IRGC", "Iran"),
       actor("الجيش الإسرائيلي", "إسرائيل", "Israel Defense Forces", "IDF", "Israel"),
       fatalities=0, injured=0),
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-10"),
       loc("Golan Heights", "SY", 33.0, 35.77, 40),
       actor("الجيش الإسرائيلي", "Israel Defense Forces", "IDF", "Israel"),
       actor("فيلق القدس", "Quds Force", "IRGC", "Iran"), optional=True),
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"),
       loc("Syria", "SY", None, None),
       actor("إسرائيل", "Israel", "Israeli Air Force", "IDF"),
       actor("Syrian government forces", "Syrian Arab Army"), optional=True),
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-10"),
       loc("Syria", "SY", None, None),
       actor("الدفاعات الجوية", "Syrian air defense", "Syrian government forces"),
       actor("إسرائيل", "Israel"), optional=True),
]

C["snn-341a3ecbbbf3"] = []

C["snn-cdb5278b3a74"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("Civilians", "المدنيين"), fatalities=32),
    ev("arrests", ("2015-06-22", "2015-07-21"),
       loc("Turkey", "TR", None, None),
       actor("قوات الأمن", "الشرطة التركية", "Turkish police", "Turkish security forces"),
       actor("مسلحي داعش", "Islamic State", "ISIS"), optional=True),
]

C["snn-31796b381256"] = []

C["ant-SK-middleEast-1998-20180528"] = [
    ev("armed_clash", ("2018-05-27", "2018-05-28"),
       loc("West coast front, Al Hudaydah governorate", "YE", 14.5, 43.1, 100),
       actor("قوات المقاومة الوطنية", "المقاومة الوطنية", "المقاومة اليمنية المشتركة", "القوات المشتركة", "ألوية العمالقة", "المقاومة التهامية", "National Resistance", "Joint Resistance Forces", "Yemeni government forces"),
       actor(*HOUTHI), fatalities=[0, 96]),
    ev("air_drone_strike", ("2018-05-27", "2018-05-28"),
       loc("West coast front, Al Hudaydah governorate", "YE", 14.5, 43.1, 100),
       actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor(*HOUTHI), optional=True),
    ev("government_regains_territory", ("2018-05-25", "2018-05-27"),
       loc("Ad Durayhimi", "YE", 14.637, 43.055, 25),
       actor("القوات المشتركة", "المقاومة الوطنية", "National Resistance", "Joint Resistance Forces", "Yemeni government forces"),
       actor(*HOUTHI), optional=True),
    ev("looting_property_destruction", ("2018-05-20", "2018-05-28"),
       loc("Al Hudaydah", "YE", 14.7966, 42.9452, 25),
       actor(*HOUTHI), None, optional=True),
]

C["ant-SK-internationalNews-88-20180222"] = []

LNA = ["الجيش الوطني الليبي", "الجيش", "Libyan National Army", "LNA"]
C["ant-SK-middleEast-1542-20180509"] = [
    ev("suicide_bomb", ("2018-05-08", "2018-05-08"),
       loc("Sirte", "LY", 31.2089, 16.5887, 25),
       actor("مسلحين إرهابيين", "انتحاري", "Unidentified armed group"),
       actor(*LNA), fatalities=3),
    ev("attack", ("2018-05-08", "2018-05-09"),
       loc("Sirte", "LY", 31.2089, 16.5887, 25),
       actor("مسلحين إرهابيين", "انتحاريين", "Unidentified armed group"),
       actor("Civilians", "مدنيين", "مدنيين اثنين"), fatalities=2),
    ev("disrupted_weapons_use", ("2018-05-08", "2018-05-09"),
       loc("Sirte", "LY", 31.2089, 16.5887, 25),
       actor("قوات الأمن", "Libyan National Army", "LNA"),
       actor("انتحاريين", "Unidentified armed group"), optional=True),
    ev("attack", ("2018-04-29", "2018-05-05"),
       loc("Libya", "LY", None, None), None, None, fatalities=14, optional=True),
]

C["snn-fcf95fdcff01"] = [
    ev("attack", ("2015-07-30", "2015-07-31"),
       loc("Duma (West Bank)", "PS", 32.0586, 35.3648, 60),
       actor("مستوطنون إسرائيليون متطرفون", "مستوطنون إسرائيليون", "Israeli settlers"),
       actor("Civilians", "طفل فلسطيني", "Palestinian civilians"), fatalities=1, optional=True),
]

C["ant-SK-middleEast-3298-20180809"] = []
C["snn-fa9709055e6a"] = []
C["snn-d7dd6b6be220"] = []

TALIBAN = ["طالبان", "حركة طالبان", "Taliban"]
KABUL = loc("Kabul", "AF", 34.53, 69.17, 50)
C["snn-b3f40762b226"] = [
    ev("suicide_bomb", ("2015-08-07", "2015-08-08"),
       loc("Khan Abad, Kunduz", "AF", 36.68, 69.11, 50),
       actor(*TALIBAN, "انتحاري من طالبان"),
       actor("ميليشيا محلية", "الميليشيا المؤيدة للحكومة", "أرباكيس", "Afghan Local Police", "Pro-government militia", "Arbaki"),
       fatalities=22),
    ev("suicide_bomb", ("2015-08-07", "2015-08-08"), KABUL,
       actor(*TALIBAN),
       actor("أكاديمية الشرطة الأفغانية", "الطلبة", "Afghan police", "Police cadets", "Afghan National Police"),
       fatalities=25),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-08"), KABUL,
       None, actor("Civilians", "المدنيين"), fatalities=15),
    ev("armed_clash", ("2015-08-07", "2015-08-07"), KABUL,
       actor(*TALIBAN, "متشددين", "أربعة متشددين"),
       actor("قوات التحالف", "الناتو", "حلف شمال الأطلسي", "NATO", "Resolute Support", "US military", "قوات الأمن", "Afghan security forces"),
       fatalities=[11, 13], injured=[2, 99]),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-07"), KABUL,
       actor(*TALIBAN), actor("قوات التحالف", "NATO", "Resolute Support"),
       fatalities=[11, 13], injured=[2, 99], optional=True),
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), KABUL,
       actor(*TALIBAN), actor("قوات التحالف", "NATO", "Resolute Support"),
       fatalities=[11, 13], injured=[2, 99], optional=True),
]

AFRIN = loc("Afrin", "SY", 36.5119, 36.8695, 25)
TURK = ["القوات التركية", "الجيش التركي", "جنود أتراك", "Turkish Armed Forces", "Turkey", "Military Forces of Turkey"]
KURD = ["المقاتلين الأكراد", "الوحدات الكردية", "وحدات حماية الشعب", "YPG", "People's Protection Units", "Kurdish fighters"]
C["ant-SK-middleEast-480-20180322"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-22", "2018-03-22"),
       loc("Afrin area", "SY", 36.5119, 36.8695, 30), None, actor(*TURK),
       fatalities=3, injured=3),
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"), AFRIN,
       actor(*TURK), actor(*KURD)),
    ev("government_regains_territory", ("2018-03-18", "2018-03-18"), AFRIN,
       actor(*TURK), actor(*KURD), optional=True),
]

C["snn-94537f4bf33b"] = [
    ev("armed_clash", ("2015-06-01", "2015-06-30"),
       loc("Eastern Afghanistan", "AF", None, None),
       actor("طالبان", "حركة طالبان", "Taliban"), actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"), optional=True),
]

C["ant-CN-internationalNews-540-20180903"] = [
    ev("attack", ("2018-08-31", "2018-08-31"),
       loc("Amsterdam", "NL", 52.379, 4.900, 25), None, None, optional=True),
]

C["snn-49f076e2a072"] = []

C["ant-SK-middleEast-117-20180227"] = [
    ev("arrests", ("2018-02-24", "2018-02-24"),
       loc("Prague", "CZ", 50.088, 14.42, 25),
       actor("Czech police", "Police of the Czech Republic"),
       actor("صالح مسلم", "حزب الاتحاد الديموقراطي", "Salih Muslim", "PYD", "Democratic Union Party"), optional=True),
]

C["ant-SK-sport-1941-20180630"] = []

C["snn-68616644caed"] = []
C["ant-SK-middleEast-538-20180324"] = []

HADI = ["القوات الموالية للرئيس عبد ربه منصور هادي", "القوات الموالية لهادي", "المقاومة الشعبية", "القوات الشعبية الموالية للرئيس عبد ربه منصور هادي", "Popular Resistance", "Yemeni government forces", "Hadi loyalists"]
HS = ["الحوثيين", "الحوثيون", "المسلحين الحوثيين", "المسلحين الحوثيين وقوات المخلوع علي عبد الله صالح", "قوات صالح", "Houthis", "Ansar Allah", "Saleh loyalists"]
COAL2 = ["طيران التحالف", "طائرات التحالف", "قوات التحالف", "التحالف", "Saudi-led coalition", "Arab Coalition"]
C["snn-7f0fd43a7c1f"] = [
    ev("peaceful_protest", ("2015-07-24", "2015-07-24"),
       loc("Sanaa", "YE", 15.3547, 44.2067, 25),
       actor("الحوثيون", "أنصارهم", "Houthis", "Ansar Allah", "Houthi supporters"), None),
    ev("peaceful_protest", ("2015-07-24", "2015-07-24"),
       loc("Yemen", "YE", None, None),
       actor("الحوثيون", "Houthis", "Ansar Allah"), None, optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-25"),
       loc("Al Anad air base", "YE", 13.18, 44.77, 25),
       actor(*HADI, "المقاومة الشعبية الجنوبية", "Southern Resistance"), actor(*HS), optional=True),
    ev("air_drone_strike", ("2015-07-22", "2015-07-25"),
       loc("Al Anad air base", "YE", 13.18, 44.77, 25),
       actor(*COAL2), actor(*HS), optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-25"),
       loc("Jabal al-Tha'alib, Rada' district", "YE", 14.333, 44.906, 30),
       actor(*HADI), actor(*HS, "دورية حوثية"), fatalities=8, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"),
       loc("Al Bayda", "YE", 13.979, 45.574, 25),
       actor(*COAL2), actor(*HS, "قوات الأمن الخاصة")),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"),
       loc("Dhi Na'im district", "YE", 14.100, 45.464, 30),
       actor(*COAL2), actor(*HS)),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"),
       loc("Az Zahir district (Al Bayda)", "YE", 13.967, 45.483, 30),
       actor(*COAL2), actor(*HS)),
    ev("remote_explosive_landmine_ied", ("2015-07-24", "2015-07-24"),
       loc("Am'in, Lawdar district", "YE", 13.787, 45.788, 30),
       actor("القوات الموالية للرئيس هادي", "Yemeni government forces", "Hadi loyalists", "Popular Resistance"),
       actor(*HS), fatalities=[1, 99]),
    ev("armed_clash", ("2015-07-20", "2015-07-25"),
       loc("Abyan", "YE", 13.3, 45.4, 100),
       actor(*HADI), actor(*HS), optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-07-25"),
       loc("Al Bayda governorate", "YE", 13.979, 45.574, 100),
       actor(*COAL2), actor(*HS), optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-07-25"),
       loc("Hajjah border areas", "YE", 16.2, 43.2, 100),
       actor(*COAL2), actor(*HS), optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-07-25"),
       loc("Saada border areas", "YE", 16.94, 43.76, 100),
       actor(*COAL2), actor(*HS), optional=True),
    ev("grenade", ("2015-07-24", "2015-07-24"),
       loc("Ma'bar", "YE", 14.794, 44.294, 25),
       actor("مقاومة آزال", "عناصر المقاومة", "Azal Resistance", "Popular Resistance"),
       actor("دورية للحوثيين", "الحوثيين", "Houthis", "Ansar Allah"), injured=[2, 99]),
]

C["ant-SK-internationalNews-2666-20180716"] = []

C["snn-f889fbfd063d"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"),
       loc("Cairo", "EG", 30.044, 31.236, 25),
       actor("داعش", "ولاية سيناء", "جنود الخلافة", "Islamic State", "ISIS", "Sinai Province", "Wilayat Sinai"),
       actor("كرواتي", "توميسلاف سالوبك", "Civilians", "Tomislav Salopek"), optional=True),
]

NR = ["قوات المقاومة الوطنية", "المقاومة الوطنية", "ألوية العمالقة", "المقاومة التهامية", "قوات المقاومة اليمنية", "المقاومة اليمنية", "National Resistance", "Giants Brigades", "Yemeni government forces"]
HOU = ["ميليشيات الحوثي", "الحوثي", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-1645-20180513"] = [
    ev("government_regains_territory", ("2018-05-13", "2018-05-13"),
       loc("Al Hima port", "YE", 13.93, 43.23, 25),
       actor(*NR, "القوات المسلحة الإماراتية", "UAE Armed Forces"), actor(*HOU)),
    ev("government_regains_territory", ("2018-05-12", "2018-05-12"),
       loc("Al Wazi'iyah district", "YE", 13.162, 43.734, 30),
       actor(*NR), actor(*HOU)),
    ev("government_regains_territory", ("2018-05-11", "2018-05-12"),
       loc("Al Umari camp, Dhubab", "YE", 13.04, 43.49, 30),
       actor(*NR), actor(*HOU)),
    ev("government_regains_territory", ("2018-05-01", "2018-05-12"),
       loc("Kahboub", "YE", 12.8, 43.5, 50),
       actor(*NR), actor(*HOU), optional=True),
]

C["snn-89bdc78d2055"] = []

C["snn-fdde2000019a"] = [
    ev("arrests", ("2015-07-27", "2015-07-30"),
       loc("Kuwait", "KW", 29.3697, 47.9783, 100),
       actor("وزارة الداخلية", "الداخلية الكويتية", "Kuwaiti Interior Ministry", "Police Forces of Kuwait"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"), optional=True),
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"),
       loc("Imam Sadiq mosque, Kuwait City", "KW", 29.37, 47.99, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "انتحاري سعودي"),
       actor("Civilians", "المصلين", "Shia Muslim Group"), fatalities=27, injured=227, optional=True),
]

C["snn-7535f27975ec"] = []
C["ant-SK-internationalNews-610-20180327"] = []

C["snn-6a2be58850c5"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"),
       loc("Abha (Asir)", "SA", 18.2164, 42.5053, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "أبو سنان النجدي"),
       actor("قوات الطوارئ الخاصة", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia")),
]

C["ant-SK-middleEast-126-20180228"] = [
    ev("shelling_artillery_missile_attack", ("2018-02-26", "2018-02-28"),
       loc("Al Hamili, north-east of Khalid camp", "YE", 13.40, 43.60, 40),
       actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor("ميليشيات الحوثي", "الحوثيون", "Houthis", "Ansar Allah")),
    ev("air_drone_strike", ("2018-02-26", "2018-02-28"),
       loc("South-east of Al Jarrahi", "YE", 14.1325, 43.3885, 30),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor("الحوثيون", "ميليشيات الحوثي", "Houthis", "Ansar Allah")),
    ev("arrests", ("2018-02-26", "2018-02-28"),
       loc("Al Musaina'a, As Said district", "YE", 14.33, 46.87, 40),
       actor("قوات النخبة الشبوانية", "Shabwani Elite Forces", "Shabwa Elite Forces"),
       actor("تنظيم القاعدة", "القاعدة", "AQAP", "Al Qaeda in the Arabian Peninsula", "Al Qaeda")),
    ev("government_regains_territory", ("2018-02-26", "2018-02-28"),
       loc("Al Musaina'a, As Said district", "YE", 14.33, 46.87, 40),
       actor("قوات النخبة الشبوانية", "Shabwani Elite Forces"),
       actor("تنظيم القاعدة", "AQAP", "Al Qaeda"), optional=True),
]

C["snn-457a365b8910"] = [
    ev("armed_clash", ("2015-07-18", "2015-07-21"),
       loc("Cibitoke province", "BI", -2.887, 29.12, 50),
       actor("جيش بوروندي", "قوات الجيش", "Military Forces of Burundi", "Burundian army"),
       actor("المسلحين", "موالين له", "Burundian rebels", "rebels loyal to Leonard Ngendakumana"),
       fatalities=[2, 99]),
    ev("arrests", ("2015-07-18", "2015-07-21"),
       loc("Cibitoke province", "BI", -2.887, 29.12, 50),
       actor("جيش بوروندي", "قوات الجيش", "Military Forces of Burundi"),
       actor("المسلحين", "Burundian rebels"), optional=True),
]

C["ant-SK-middleEast-3844-20181013"] = []

C["ant-SK-internationalNews-306-20180313"] = [
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-19"),
       loc("Dapchi", "NG", 12.49, 11.50, 50),
       actor("بوكو حرام", "جماعة بوكو حرام", "Boko Haram"),
       actor("فتيات", "التلميذات", "Civilians", "schoolgirls"), optional=True),
]

C["ant-SK-sport-2585-20180903"] = []
C["snn-3eabc0bf0bea"] = []
C["ant-SK-middleEast-927-20180411"] = []

C["ant-SK-technology-776-20180528"] = []

MUZ = loc("Al Muzayrib", "SY", 32.7108, 36.0275, 25)
C["snn-5f7f5733f2cb"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-11", "2015-08-11"), MUZ,
       actor("قوات النظام السوري", "Syrian government forces", "Military Forces of Syria", "Syrian regime"),
       actor("لاجئين فلسطينيين", "Civilians", "Palestinian refugees"), fatalities=3, injured=7),
    ev("air_drone_strike", ("2015-08-09", "2015-08-11"), MUZ,
       actor("قوات النظام السوري", "Syrian government forces", "Syrian regime"),
       actor("السكان", "Civilians"), fatalities=[2, 99], injured=[2, 99]),
]

C["snn-6a9934a32141"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"),
       loc("Silopi", "TR", 37.2497, 42.4694, 25), None,
       actor("الشرطة", "رجال الشرطة", "Police Forces of Turkey", "Turkish police"), fatalities=4),
    ev("armed_clash", ("2015-08-03", "2015-08-10"),
       loc("Silopi", "TR", 37.2497, 42.4694, 25),
       actor("الشرطة", "Police Forces of Turkey", "Turkish police"),
       actor("المسلحين الأكراد", "PKK", "Kurdistan Workers' Party", "Kurdish militants"), optional=True),
]

GIANTS = ["لواء العمالقة", "ألوية العمالقة", "الجيش اليمني", "Giants Brigades", "Yemeni government forces", "Military Forces of Yemen"]
TUH = loc("At Tuhayta", "YE", 14.1836, 43.2264, 25)
C["ant-SK-middleEast-2819-20180710"] = [
    ev("disrupted_weapons_use", ("2018-07-08", "2018-07-10"), TUH,
       actor(*GIANTS), actor("ميليشيات الحوثي", "الانقلابيين", "Houthis", "Ansar Allah")),
    ev("government_regains_territory", ("2018-07-08", "2018-07-10"), TUH,
       actor(*GIANTS), actor("الحوثيين", "Houthis", "Ansar Allah")),
    ev("air_drone_strike", ("2018-07-08", "2018-07-10"), TUH,
       actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor("المتمردين", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("remote_explosive_landmine_ied", ("2018-07-08", "2018-07-10"), TUH,
       actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"), None, optional=True),
    ev("armed_clash", ("2018-07-08", "2018-07-10"),
       loc("Al Maghras, south of At Tuhayta", "YE", 14.15, 43.23, 25),
       actor(*GIANTS), actor("الحوثيين", "Houthis"), optional=True),
]

C["ant-CN-middleEast-848-20180509"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-119.jsonl"))
