import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["الحوثيين", "ميليشيات الحوثي", "مليشيات الحوثي", "الحوثي", "Houthis", "Ansar Allah", "Houthi militia"]

C["ant-SK-economy-21-20180215"] = []

C["ant-CN-middleEast-242-20180311"] = [
    ev("air_drone_strike", ("2018-03-10", "2018-03-10"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Syrian regime", "النظام السوري"),
       actor("Civilians", "مدنيين", "المدنيين"),
       fatalities=[20, 24]),
    ev("shelling_artillery_missile_attack", ("2018-03-10", "2018-03-10"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Syrian regime", "النظام السوري"),
       actor("Civilians", "مدنيين", "المدنيين"),
       fatalities=[20, 24], optional=True),
]

C["snn-39d04c5e718f"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-09"),
       loc("Taiz city (al-Nuqta al-Rabi', Shari' al-Arba'in)", "YE", 13.57825, 44.017666, 25),
       actor("ميليشيات الحوثي", "عناصر الرئيس المخلوع علي عبدالله صالح", "Houthis", "Ansar Allah", "Saleh loyalists"),
       actor("المقاومة الشعبية", "Popular Resistance")),
    ev("armed_clash", ("2015-08-07", "2015-08-09"),
       loc("Jabal Sabir", "YE", 13.531635, 44.05304, 25),
       actor("ميليشيات الحوثي", "عناصر الرئيس المخلوع علي عبدالله صالح", "Houthis", "Ansar Allah", "Saleh loyalists"),
       actor("المقاومة الشعبية", "Popular Resistance")),
    ev("armed_clash", ("2015-08-07", "2015-08-09"),
       loc("al-Dhabab (SW of Taiz)", "YE", 13.55, 43.95, 30),
       actor("ميليشيات الحوثي", "عناصر الرئيس المخلوع علي عبدالله صالح", "Houthis", "Ansar Allah", "Saleh loyalists"),
       actor("المقاومة الشعبية", "Popular Resistance")),
    ev("armed_clash", ("2015-08-09", "2015-08-09"),
       loc("Al Hudaydah", "YE", 14.796625, 42.945213, 25),
       actor("المقاومة الشعبية", "Popular Resistance"),
       actor("مليشيات الحوثي", "الميليشيا", "Houthis", "Ansar Allah"),
       fatalities=2, injured=4),
]

C["ant-CN-middleEast-1153-20180809"] = [
    ev("disrupted_weapons_use", ("2018-08-07", "2018-08-09"),
       loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor("قوات الدفاع الجوي الملكي السعودي", "الدفاعات الجوية السعودية", "Royal Saudi Air Defense Forces", "Saudi Arabia", "Saudi-led coalition"),
       actor("الميليشيا الحوثية", "المليشيا الحوثية", "الحوثي", "Houthis", "Ansar Allah"),
       fatalities=1, injured=11, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-07", "2018-08-09"),
       loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor("الميليشيا الحوثية", "المليشيا الحوثية", "الحوثي", "Houthis", "Ansar Allah"),
       actor("Civilians", "المدنيين"),
       fatalities=1, injured=11),
]

C["ant-SK-middleEast-3674-20181002"] = [
    ev("peaceful_protest", ("2018-09-25", "2018-10-02"),
       loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor("التجار", "Traders", "Protesters"), None, optional=True),
    ev("arrests", ("2018-09-25", "2018-10-02"),
       loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor("ميليشات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"),
       actor("التجار", "Traders", "Civilians"), optional=True),
]

C["snn-8fa6489606b3"] = []
C["snn-dc42ccc7213a"] = []
C["ant-SK-middleEast-2254-20180609"] = []
C["snn-9ed82cf0e073"] = []
C["snn-063005007b45"] = [
    ev("violent_demonstration", ("2015-07-15", "2015-07-16"),
       loc("Athens (parliament)", "GR", 37.9755, 23.7348, 25),
       actor("متظاهرين", "Protesters", "Rioters"), actor("الشرطة", "Police Forces of Greece", "police"), optional=True),
    ev("protest_with_intervention", ("2015-07-15", "2015-07-16"),
       loc("Athens (parliament)", "GR", 37.9755, 23.7348, 25),
       actor("متظاهرين", "Protesters"), actor("الشرطة", "Police Forces of Greece", "police"), optional=True),
    ev("peaceful_protest", ("2015-07-22", "2015-07-23"),
       loc("Athens (parliament)", "GR", 37.9755, 23.7348, 25),
       actor("نقابة الموظفين", "بامي", "PAME", "ADEDY", "Protesters"), None, optional=True),
]

C["snn-f7d13a960bc8"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"),
       loc("Imam al-Sadiq mosque, al-Sawaber, Kuwait City", "KW", 29.37472, 47.981029, 25),
       actor("الانتحاري", "Islamic State", "ISIS", "داعش"), actor("المصلين", "Civilians", "المدنيين"),
       fatalities=26, injured=227, optional=True),
]
C["snn-0192bd8cbafb"] = []
C["snn-b2bfa3934a7e"] = []
C["ant-SK-middleEast-404-20180319"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-17", "2018-03-19"),
       loc("Afrin", "SY", 36.512, 36.8695, 25),
       actor("القوات التي تقودها تركيا", "Turkish-led forces", "Military Forces of Turkey", "Turkey", "Free Syrian Army", "Syrian National Army"),
       actor("وحدات حماية الشعب الكردية", "YPG", "People's Protection Units")),
    ev("armed_clash", ("2018-03-17", "2018-03-19"),
       loc("Afrin", "SY", 36.512, 36.8695, 25),
       actor("القوات التي تقودها تركيا", "Turkish-led forces", "Military Forces of Turkey", "Turkey", "Free Syrian Army", "Syrian National Army"),
       actor("وحدات حماية الشعب الكردية", "YPG", "People's Protection Units"), optional=True),
]
C["ant-CN-middleEast-1015-20180524"] = []

C["ant-SK-internationalNews-2362-20180628"] = [
    ev("protest_with_intervention", ("2018-06-24", "2018-06-28"),
       loc("Tehran (Grand Bazaar / parliament)", "IR", 35.69439, 51.42151, 25),
       actor("كبار التجار الإيرانيين", "تجار البازار", "Bazaar merchants", "Protesters", "Traders"),
       actor("القوات الأمنية", "Police Forces of Iran", "Iranian security forces")),
]
C["snn-302afcca4951"] = []
C["ant-SK-middleEast-347-20180317"] = [
    ev("government_regains_territory", ("2018-03-10", "2018-03-17"),
       loc("Eastern Ghouta", "SY", 33.54, 36.40, 20),
       actor("قوات النظام السوري", "قوات الحكومة السورية", "الجيش السوري", "Syrian government forces", "Syrian Arab Army"),
       actor("المعارضة المسلحة", "المسلحين", "Syrian rebels", "armed opposition"), optional=True),
]
C["snn-c6793ee61a5c"] = []
C["snn-4cf0e640dac7"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"),
       loc("Jazan sector (Jizan province)", "SA", 17.060319, 42.825238, 100),
       None,
       actor("القوات البرية", "Saudi Land Forces", "Military Forces of Saudi Arabia", "Saudi Arabia"),
       fatalities=1),
]

ISIS = ["داعش", "تنظيم داعش", "مسلحي تنظيم داعش", "Islamic State", "ISIS", "ISIL", "Daesh"]
C["snn-1ef4fb7e26a9"] = [
    ev("air_drone_strike", ("2015-08-07", "2015-08-09"),
       loc("near Haditha", "IQ", 34.13661, 42.37727, 25),
       actor("طيران التحالف الدولي", "International coalition", "US-led coalition", "Coalition Forces"),
       actor(*ISIS), fatalities=35),
    ev("armed_clash", ("2015-08-02", "2015-08-09"),
       loc("Haditha dam", "IQ", 34.2069, 42.3553, 25),
       actor(*ISIS),
       actor("القوات الأمنية", "أبناء العشائر", "Iraqi security forces", "Sunni tribal fighters"), optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-09"),
       loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("القوات الأمنية", "القوات المساندة لها", "Iraqi security forces", "Military Forces of Iraq"),
       actor(*ISIS), optional=True),
    ev("air_drone_strike", ("2015-08-07", "2015-08-09"),
       loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("طيران التحالف الدولي", "International coalition", "US-led coalition"),
       actor(*ISIS), optional=True),
    ev("other", ("2015-08-02", "2015-08-09"),
       loc("Fallujah", "IQ", 33.34913, 43.78599, 25),
       actor(*ISIS), actor("سكان الفلوجة", "Civilians"), optional=True),
]
C["ant-CN-internationalNews-37-20180226"] = []
C["snn-cfebdf7511b0"] = []
JR = ["قوات المقاومة اليمنية المشتركة", "المقاومة اليمنية المشتركة", "قوات المقاومة اليمنية", "Joint Resistance Forces", "Yemeni Joint Resistance", "pro-government forces",
      "القوات المسلحة الإماراتية", "UAE Armed Forces", "Military Forces of the United Arab Emirates", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
HOU = ["ميليشيات الحوثي", "الحوثيين", "مسلحي الحوثي", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-2083-20180601"] = [
    ev("armed_clash", ("2018-05-30", "2018-06-01"),
       loc("al-Madmen, al-Tuhayta district", "YE", 14.08078, 43.119866, 35),
       actor(*JR), actor(*HOU), fatalities=[2, 99]),
    ev("armed_clash", ("2018-05-30", "2018-06-01"),
       loc("east of al-Fazah, al-Tuhayta", "YE", 14.0, 43.25, 35),
       actor(*HOU), actor(*JR), fatalities=10),
]
C["snn-b004de45fcbf"] = []

C["ant-SK-middleEast-3240-20180802"] = [
    ev("air_drone_strike", ("2018-08-01", "2018-08-02"),
       loc("southern Golan Heights (Syrian-controlled side)", "SY", 32.80, 35.90, 30),
       actor("إسرائيل", "الجيش", "Military Forces of Israel", "Israel", "IDF"),
       actor("مسلحين", "العناصر الإرهابية المسلحة", "militants"), fatalities=7),
]
C["ant-SK-internationalNews-2253-20180621"] = []
C["ant-CN-middleEast-1176-20180811"] = [
    ev("remote_explosive_landmine_ied", ("2018-08-10", "2018-08-10"),
       loc("Al Fuhays", "JO", 32.01033, 35.76858, 25),
       None,
       actor("قوات الدرك الأردنية", "قوات الدرك", "قوات الامن العام", "Jordanian Gendarmerie", "Police Forces of Jordan", "Public Security Directorate"),
       fatalities=1, injured=6),
    ev("disrupted_weapons_use", ("2018-08-11", "2018-08-11"),
       loc("Deir al-Ashayer, western Rif Dimashq", "SY", 33.56, 35.98, 30),
       actor("الدفاعات الجوية السورية", "Syrian air defense", "Military Forces of Syria", "Syrian government forces"),
       None),
    ev("disrupted_weapons_use", ("2018-08-08", "2018-08-11"),
       loc("Hmeimim air base", "SY", 35.40081, 35.94032, 25),
       actor("العسكريين الروس", "Military Forces of Russia", "Russia"),
       actor("المسلحين", "Syrian rebels", "militants"), optional=True),
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"),
       loc("Saada (Dahyan)", "YE", 16.94021, 43.76394, 30),
       actor("Saudi-led coalition", "Arab Coalition"), actor("Civilians"), optional=True),
]
C["snn-1bb1c27c99fe"] = []
C["snn-8aa16f7f78d6"] = []

C["ant-CN-internationalNews-266-20180422"] = []
C["snn-ae9362654b65"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-07-26"),
       loc("Najran city", "SA", 17.52, 44.18, 25),
       actor("الحوثيين", "حوثية", "Houthis", "Ansar Allah"),
       actor("Civilians", "مدنيين", "أطفال"), injured=3),
]
C["ant-SK-internationalNews-2234-20180620"] = [
    ev("arrests", ("2018-06-12", "2018-06-13"),
       loc("Cologne", "DE", 50.9375, 6.9603, 25),
       actor("الشرطة الألمانية", "Police Forces of Germany", "German police"),
       actor("تونسي", "سيف الله هـ.", "Sief Allah H.", "Islamist militant"), optional=True),
]
C["snn-9487104ba863"] = []
C["snn-8168a68ab453"] = []

C["ant-SK-middleEast-3843-20181013"] = []
C["snn-f7ecb824718d"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-17"),
       loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("دول التحالف العربي", "الإمارات", "Saudi-led coalition", "Arab Coalition", "Military Forces of the United Arab Emirates", "Hadi government forces", "Popular Resistance"),
       actor("المليشيات المتمردة", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-middleEast-2592-20180625"] = [
    ev("disrupted_weapons_use", ("2018-06-23", "2018-06-25"),
       loc("Riyadh", "SA", 24.702524, 46.821833, 25),
       actor("الدفاع الجوي السعودي", "Royal Saudi Air Defense Forces", "Saudi Arabia", "Military Forces of Saudi Arabia"),
       actor("ميلشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("shelling_artillery_missile_attack", ("2018-06-23", "2018-06-25"),
       loc("Riyadh", "SA", 24.702524, 46.821833, 25),
       actor("ميلشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"),
       None, optional=True),
]
C["ant-SK-internationalNews-2335-20180627"] = [
    ev("grenade", ("2018-06-23", "2018-06-23"),
       loc("Addis Ababa (Meskel Square rally)", "ET", 9.02497, 38.74689, 25),
       None,
       actor("تجمع حاشد لمؤيديه", "أبي أحمد", "Abiy Ahmed", "Civilians", "supporters"),
       fatalities=2, injured=[2, 99]),
    ev("remote_explosive_landmine_ied", ("2018-06-23", "2018-06-23"),
       loc("Addis Ababa (Meskel Square rally)", "ET", 9.02497, 38.74689, 25),
       None,
       actor("تجمع حاشد لمؤيديه", "أبي أحمد", "Abiy Ahmed", "Civilians", "supporters"),
       fatalities=2, injured=[2, 99], optional=True),
    ev("peaceful_protest", ("2018-06-23", "2018-06-23"),
       loc("Addis Ababa (Meskel Square rally)", "ET", 9.02497, 38.74689, 25),
       actor("مؤيديه", "Abiy Ahmed supporters", "Protesters"), None, optional=True),
]
C["ant-SK-technology-833-20180605"] = []

C["ant-SK-middleEast-2652-20180629"] = [
    ev("government_regains_territory", ("2018-06-28", "2018-06-28"),
       loc("al-Bilad district, central Derna", "LY", 32.76704, 22.63669, 25),
       actor("الجيش الوطني الليبي", "الجيش الليبي", "Libyan National Army", "LNA", "Military Forces of Libya (2014-) House of Representatives"),
       actor("المجموعات المتطرفة المرتبطة بتنظيم القاعدة", "القاعدة", "Derna Mujahideen Shura Council", "Derna Protection Force", "al-Qaeda")),
    ev("armed_clash", ("2018-06-01", "2018-06-28"),
       loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("الجيش الوطني الليبي", "الجيش الليبي", "Libyan National Army", "LNA"),
       actor("المتشددين", "القاعدة", "Derna Mujahideen Shura Council", "Derna Protection Force", "al-Qaeda"), optional=True),
]
C["snn-24aca445025a"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-22"),
       loc("Jubbah, near al-Baghdadi", "IQ", 33.9075, 42.54353, 25),
       actor("قيادة عمليات الجزيرة والبادية", "القوات العراقية", "Military Forces of Iraq", "Iraqi army"),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"), fatalities=15),
    ev("armed_clash", ("2015-07-20", "2015-07-22"),
       loc("al-Madiq, east of Ramadi", "IQ", 33.42, 43.40, 25),
       actor("قوات عسكرية", "القوات العراقية", "Military Forces of Iraq", "Iraqi army"),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"), fatalities=4),
]
C["ant-CN-middleEast-1345-20180910"] = [
    ev("air_drone_strike", ("2018-09-08", "2018-09-08"),
       loc("Hajin", "SY", 34.69508, 40.83138, 25),
       actor("الولايات المتحدة الأمريكية", "مقاتلتا F-15 أمريكيتان", "Military Forces of the United States", "United States", "US-led coalition"),
       None),
    ev("chemical_weapon", ("2018-09-08", "2018-09-08"),
       loc("Hajin", "SY", 34.69508, 40.83138, 25),
       actor("الولايات المتحدة الأمريكية", "Military Forces of the United States", "United States", "US-led coalition"),
       None, optional=True),
    ev("peaceful_protest", ("2018-09-03", "2018-09-10"),
       loc("Iraq", "IQ", None, None, 500),
       actor("الشيعة العراقيون", "Protesters", "Iraqi Shia"), None, optional=True),
]
RES = ["المقاومة الشعبية", "المقاومة", "الجيش الوطني", "Popular Resistance", "Southern Resistance", "Hadi government forces", "Military Forces of Yemen (2012-)"]
HS = ["مليشيات الحوثي والمخلوع", "المليشيات الحوثية", "مليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah", "Saleh loyalists"]
C["snn-ad62fdcfdf20"] = [
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"),
       loc("Bir Ahmed (northern outskirts of Aden)", "YE", 12.87378, 44.90687, 25),
       actor(*RES), actor(*HS)),
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"),
       loc("Ja'awla", "YE", 12.88, 44.96, 25), actor(*RES), actor(*HS), optional=True),
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"),
       loc("Bir Fadl", "YE", 12.87, 44.99, 25), actor(*RES), actor(*HS), optional=True),
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"),
       loc("al-Basateen (Dar Saad)", "YE", 12.87, 44.99, 25), actor(*RES), actor(*HS), optional=True),
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"),
       loc("al-Alam, east of Aden", "YE", 12.86, 45.12, 25),
       actor("الجيش الوطني", "المقاومة", "Hadi government forces", "Military Forces of Yemen (2012-)", "Popular Resistance"),
       actor(*HS)),
    ev("armed_clash", ("2015-07-29", "2015-07-31"),
       loc("al-Alam, east of Aden", "YE", 12.86, 45.12, 25),
       actor("الجيش الوطني", "المقاومة", "Hadi government forces", "Military Forces of Yemen (2012-)", "Popular Resistance"),
       actor(*HS), optional=True),
    ev("armed_clash", ("2015-07-29", "2015-07-31"),
       loc("al-Hawta (Lahij)", "YE", 13.05667, 44.88194, 25),
       actor(*RES), actor(*HS), optional=True),
    ev("armed_clash", ("2015-07-24", "2015-07-31"),
       loc("Abyan front", "YE", 13.30, 45.30, 100),
       actor(*RES), actor(*HS), optional=True),
]

RES2 = ["المقاومة الشعبية", "المقاومة", "الجيش الموالي للرئيس عبد ربه منصور هادي", "Popular Resistance", "Southern Resistance", "Hadi government forces", "Military Forces of Yemen (2012-)"]
HS2 = ["الحوثيون", "الحوثيين", "قوات صالح", "القوات الموالية للرئيس اليمني السابق علي صالح", "Houthis", "Ansar Allah", "Saleh loyalists"]
C["snn-d8eb9c0e80d8"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-04"),
       loc("al-Anad air base", "YE", 13.176, 44.765, 25), actor(*RES2), actor(*HS2)),
    ev("government_regains_territory", ("2015-08-03", "2015-08-04"),
       loc("al-Husseini (Lahij)", "YE", 13.02, 44.90, 25), actor(*RES2), actor(*HS2), optional=True),
    ev("armed_clash", ("2015-08-03", "2015-08-04"),
       loc("al-Hawta (Lahij city)", "YE", 13.05667, 44.88194, 25), actor(*RES2), actor(*HS2)),
]
C["ant-SK-economy-1192-20180813"] = []
C["ant-SK-middleEast-2270-20180609"] = [
    ev("armed_clash", ("2018-06-08", "2018-06-09"),
       loc("Oshnavieh", "IR", 37.0397, 45.0983, 25),
       actor("الحرس الثوري الإيراني", "الحرس الثوري", "Islamic Revolutionary Guard Corps", "IRGC"),
       actor("إرهابيين", "مسلحين سنة", "Sunni militants", "militants"), fatalities=9),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-102.jsonl"))
