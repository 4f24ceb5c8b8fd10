import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-147a8747ec5b"] = []
C["ant-SK-internationalNews-368-20180315"] = []
C["snn-c2f0051bb82a"] = []
C["snn-b3f87bec8fb9"] = [
    ev("arrests", ("2015-08-07", "2015-08-07"), loc("Brital", "LB", 33.93417, 36.14944, 25),
       actor("Lebanese Army", "الجيش اللبناني", "الجيش", "قوة من الجيش"),
       actor("عصابات", "مطلوبين", "فرحات علي فرحان إسماعيل", "Criminal gang"), optional=True),
    ev("abduction_forced_disappearance", ("2015-08-04", "2015-08-05"), loc("Baalbek", "LB", 34.00583, 36.21806, 50),
       actor("مجهولين", "مجهولون", "Unidentified armed group"), actor("مارك الحاج موسى", "Civilians"), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-17", "2015-07-18"), loc("Kefraya", "LB", 33.6675, 35.73278, 25),
       actor("مجهولون", "Unidentified armed group"), actor("خمسة تشيكيين", "Civilians", "Czech nationals"), optional=True),
    ev("arrests", ("2015-08-06", "2015-08-08"), loc("Lebanon", "LB", None, None),
       actor("المديرية العامة للأمن العام", "الأمن العام", "General Security", "Lebanese General Security"),
       actor("مجموعة الإرهابيين أسامة منصور وشادي المولوي", "جبهة النصرة", "تنظيم جبهة النصرة", "Jabhat al-Nusra", "Nusra Front"), optional=True),
]
C["ant-SK-internationalNews-2780-20180722"] = []

C["ant-SK-internationalNews-3247-20181002"] = [
    ev("violent_demonstration", ("2018-10-01", "2018-10-01"), loc("Barcelona", "ES", 41.3874, 2.1686, 25),
       actor("ناشطين من دعاة استقلال كاتالونيا", "المتظاهرين", "متظاهرين", "Protesters (Spain)", "Rioters (Spain)", "Catalan independence activists"),
       actor("قوات الأمن", "قوات مكافحة الشغب التابعة لحكومة كاتالونيا", "الشرطة", "شرطة الإقليم", "Mossos d'Esquadra", "Police Forces of Spain", "Catalan police")),
    ev("protest_with_intervention", ("2018-10-01", "2018-10-01"), loc("Barcelona", "ES", 41.3874, 2.1686, 25),
       actor("ناشطين من دعاة استقلال كاتالونيا", "المتظاهرين", "متظاهرين", "Protesters (Spain)", "Catalan independence activists"),
       actor("قوات الأمن", "قوات مكافحة الشغب التابعة لحكومة كاتالونيا", "الشرطة", "شرطة الإقليم", "Mossos d'Esquadra", "Police Forces of Spain", "Catalan police"), optional=True),
    ev("peaceful_protest", ("2018-10-01", "2018-10-01"), loc("Barcelona", "ES", 41.3874, 2.1686, 25),
       actor("لجان الدفاع عن الجمهورية", "مئات النشطاء", "Committees for the Defence of the Republic", "CDR", "Protesters (Spain)"), None, optional=True),
]
C["snn-67425a582d08"] = [
    ev("protest_with_intervention", ("2015-07-23", "2015-07-25"), loc("Ankara", "TR", 39.91987, 32.85427, 25),
       actor("متظاهر", "متظاهرين", "Protesters (Turkey)", "Protesters"),
       actor("الشرطة التركية", "Police Forces of Turkey", "Turkish police"), fatalities=None),
]
C["ant-SK-internationalNews-1575-20180514"] = []
C["ant-SK-internationalNews-1742-20180523"] = []
C["ant-SK-internationalNews-2469-20180704"] = [
    ev("peaceful_protest", ("2018-07-04", "2018-07-04"), loc("Warsaw", "PL", 52.2297, 21.0122, 25),
       actor("قضاة المحكمة العليا", "قضاة المحكمة البولندية العليا", "العشرات من قضاة المحكمة البولندية العليا", "Judges (Poland)", "Protesters (Poland)"), None),
    ev("peaceful_protest", ("2018-07-03", "2018-07-03"), loc("Warsaw", "PL", 52.2297, 21.0122, 25),
       actor("Protesters (Poland)", "بين 4 آلاف و 5 آلاف شخص"), None),
]

C["snn-386cdd883b3e"] = []
C["ant-SK-internationalNews-3001-20180814"] = []
C["snn-e88a2b96deb0"] = []
C["ant-SK-internationalNews-97-20180223"] = [
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-19"), loc("Dapchi", "NG", 12.49, 11.50, 50),
       actor("بوكو حرام", "جماعة بوكو حرام", "متمردو بوكو حرام", "Boko Haram", "Islamic State West Africa Province", "ISWAP"),
       actor("التلميذات", "التلميذات المخطوفات", "مدرسة للبنات", "Civilians", "Students (Nigeria)"), fatalities=None),
]
C["snn-c6a87d1846f5"] = []

C["ant-CN-middleEast-955-20180517"] = [
    ev("armed_clash", ("2018-05-10", "2018-05-17"), loc("Al Arish", "EG", 31.13159, 33.79844, 25),
       actor("العناصر الأمنية بوزارة الداخلية", "وزارة الداخلية", "Police Forces of Egypt", "Egyptian police", "Egyptian Interior Ministry"),
       actor("تكفيريين", "أفراد تكفيريين", "تكفيريا", "Islamic State", "Wilayat Sinai", "Sinai Province", "Militants"), fatalities=9),
    ev("armed_clash", ("2018-05-10", "2018-05-17"), loc("North and Central Sinai", "EG", 30.6, 33.8, 150),
       actor("القوات المسلحة المصرية", "الجيش", "القوات", "Military Forces of Egypt", "Egyptian Army"),
       actor("تكفيريين", "أفراد تكفيريين", "تكفيريا", "Islamic State", "Wilayat Sinai", "Sinai Province", "Militants"), fatalities=10, optional=True),
]
C["ant-SK-middleEast-2321-20180611"] = [
    ev("armed_clash", ("2018-06-04", "2018-06-11"), loc("Saada", "YE", 16.94021, 43.76394, 100),
       actor("التحالف العربي", "التحالف العربي لدعم الشرعية في اليمن", "Saudi-led coalition", "Arab Coalition"),
       actor("الميليشيات الحوثية", "الحوثيون", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-dbd0085bf337"] = []
C["snn-a90e37196468"] = [
    ev("armed_clash", ("2015-07-15", "2015-07-22"), loc("Sabha", "LY", 27.03766, 14.42832, 25),
       actor("التبو", "قبيلتي التبو", "مسلحون من قبيلتي التبو والطوارق", "Tebu Ethnic Militia", "Tebu", "Toubou"),
       actor("الطوارق", "Tuareg Ethnic Militia", "Tuareg"), fatalities=40, injured=[10, 99]),
    ev("abduction_forced_disappearance", ("2015-07-19", "2015-07-19"), loc("Mellitah (Zuwara)", "LY", 32.88, 12.24, 25),
       None, actor("أربعة إيطاليين", "الإيطاليين المختطفين", "الموظفين الإيطاليين", "Civilians", "Italian nationals", "Bonatti workers"), fatalities=None),
]

C["snn-72cd69f8a6ec"] = [
    ev("government_regains_territory", ("2015-07-13", "2015-07-31"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("المقاومة اليمنية", "عناصر المقاومة", "المقاومة الشعبية", "قوات التحالف", "Popular Resistance", "Southern Resistance", "Military Forces of Yemen (Hadi)", "Saudi-led coalition"),
       actor("الميليشيات الحوثية", "الحرس الجمهوري", "أتباع الرئيس المخلوع علي عبد الله صالح", "Houthis", "Ansar Allah", "Saleh loyalists"), optional=True),
    ev("government_regains_territory", ("2015-07-13", "2015-07-31"), loc("Dar Saad", "YE", 12.909453, 44.977881, 25),
       actor("المقاومة", "المقاومة اليمنية", "Popular Resistance", "Southern Resistance"),
       actor("الميليشيات الحوثية", "أتباع المخلوع صالح", "Houthis", "Ansar Allah", "Saleh loyalists"), optional=True),
]
C["snn-99003ba249c7"] = []
C["snn-3b7815100a9f"] = [
    ev("attack", ("2015-07-31", "2015-08-01"), loc("Aleppo", "SY", 36.203685, 37.172617, 25),
       actor("جبهة النصرة", "تنظيم النصرة", "إرهابيو تنظيم النصرة", "دار القضاء", "Jabhat al-Nusra", "Nusra Front", "al-Nusra Front", "Al Qaeda"),
       actor("Civilians", "مدنيين", "10 أشخاص", "شخصين", "ثمانية آخرين"), fatalities=10),
    ev("abduction_forced_disappearance", ("2015-03-24", "2015-03-24"), loc("Karm al-Tarrab, Aleppo", "SY", 36.19, 37.24, 25),
       actor("جبهة النصرة", "Jabhat al-Nusra", "Nusra Front"), actor("مقاتلين", "Rebels"), optional=True),
    ev("attack", ("2015-02-01", "2015-02-28"), loc("Aleppo", "SY", 36.203685, 37.172617, 25),
       actor("جبهة النصرة", "دار القضاء", "Jabhat al-Nusra", "Nusra Front"), actor("ستة رجال", "Civilians"), fatalities=6, optional=True),
]
C["ant-SK-middleEast-1017-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Barzeh, Damascus", "SY", 33.55, 36.31, 25),
       actor("الولايات المتحدة", "فرنسا", "بريطانيا", "التحالف الغربي", "Military Forces of the United States", "Military Forces of France", "Military Forces of the United Kingdom", "United States", "US-led coalition"),
       actor("النظام السوري", "الحرس الجمهوري", "الفرقة الرابعة", "مركز البحوث العلمية", "Military Forces of Syria", "Syrian government", "Syrian regime")),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("Barzeh, Damascus", "SY", 33.55, 36.31, 25),
       actor("الولايات المتحدة", "فرنسا", "بريطانيا", "التحالف الغربي", "Military Forces of the United States", "Military Forces of France", "Military Forces of the United Kingdom", "United States"),
       actor("النظام السوري", "الحرس الجمهوري", "الفرقة الرابعة", "Military Forces of Syria", "Syrian government", "Syrian regime"), optional=True),
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("west of Homs (Him Shinshar)", "SY", 34.70, 36.50, 30),
       actor("بريطانيا", "وزارة الدفاع البريطانية", "أربع طائرات من طراز تورنادو", "Military Forces of the United Kingdom", "Royal Air Force", "United Kingdom"),
       actor("النظام السوري", "Military Forces of Syria", "Syrian government", "Syrian regime")),
    ev("chemical_weapon", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("النظام السوري", "Military Forces of Syria", "Syrian government", "Syrian regime"),
       actor("Civilians", "مدنيين"), optional=True),
]
C["ant-SK-economy-927-20180709"] = []

PROT_IR = actor("المحتجين", "المحتجون", "Protesters (Iran)", "Rioters (Iran)", "Protesters")
POL_IR = actor("الشرطة", "قوات إنفاذ القانون", "Police Forces of Iran", "Iranian police")
C["ant-SK-internationalNews-2436-20180701"] = [
    ev("violent_demonstration", ("2018-06-29", "2018-07-01"), loc("Khorramshahr", "IR", 30.44079, 48.18428, 25),
       PROT_IR, POL_IR),
    ev("protest_with_intervention", ("2018-06-29", "2018-07-01"), loc("Khorramshahr", "IR", 30.44079, 48.18428, 25),
       PROT_IR, POL_IR, optional=True),
    ev("excessive_force_against_protesters", ("2018-06-29", "2018-07-01"), loc("Khorramshahr", "IR", 30.44079, 48.18428, 25),
       POL_IR, PROT_IR, optional=True),
    ev("peaceful_protest", ("2018-06-28", "2018-06-30"), loc("Khorramshahr", "IR", 30.44079, 48.18428, 25),
       actor("نحو 500 شخص معظمهم من الشباب", "Protesters (Iran)", "Protesters"), None, optional=True),
    ev("peaceful_protest", ("2018-06-29", "2018-07-01"), loc("Abadan", "IR", 30.3392, 48.3043, 25),
       actor("المحتجين", "Protesters (Iran)", "Protesters"), None, optional=True),
]
C["snn-bfe321247b86"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-05"), loc("Jizan sector", "SA", 17.060319, 42.825238, 100),
       None, actor("القوات البرية", "الجندي أول يحي متعب الشامري", "القوات المشتركة", "Military Forces of Saudi Arabia", "Saudi Arabian Army"), fatalities=1),
]
C["ant-SK-middleEast-1815-20180519"] = [
    ev("agreement", ("2018-05-19", "2018-05-19"), loc("Yarmouk Camp / Hajar al-Aswad", "SY", 33.4699, 36.3018, 25),
       actor("النظام السوري", "الميليشيات الموالية له", "قوات النظام", "Military Forces of Syria", "Syrian government", "Syrian regime"),
       actor("تنظيم داعش", "مسلحي تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "ISIL")),
    ev("armed_clash", ("2018-04-19", "2018-05-18"), loc("Yarmouk Camp / Hajar al-Aswad", "SY", 33.4699, 36.3018, 25),
       actor("قوات النظام", "النظام السوري", "Military Forces of Syria", "Syrian government"),
       actor("تنظيم داعش", "Islamic State", "ISIS"), optional=True),
    ev("government_regains_territory", ("2018-04-19", "2018-05-18"), loc("Al-Qadam, Damascus", "SY", 33.47, 36.28, 25),
       actor("قوات النظام", "النظام السوري", "Military Forces of Syria", "Syrian government"),
       actor("تنظيم داعش", "Islamic State", "ISIS"), optional=True),
]
C["snn-96f0cd748e93"] = [
    ev("armed_clash", ("2015-06-11", "2015-08-09"), loc("Gogrial, Warrap", "SS", 8.53, 28.10, 100),
       actor("دينكا أبوك", "Dinka Apuk", "Dinka Ethnic Militia"), actor("دينكا نقوك", "Dinka Aguok", "Dinka Ethnic Militia"), optional=True),
]
C["ant-SK-internationalNews-1160-20180425"] = [
    ev("mob_violence", ("2018-04-24", "2018-04-25"), loc("Makurdi", "NG", 7.7337, 8.5214, 25),
       actor("حشد غاضب", "مئات من الشبان الغاضبين", "Rioters (Nigeria)", "Christian Group (Nigeria)"),
       actor("11 مسلما ينتمون الى قبيلة هاوسا", "الأقلية المسلمة", "Hausa Ethnic Group (Nigeria)", "Muslim Group (Nigeria)", "Civilians"),
       fatalities=11, injured=5),
    ev("looting_property_destruction", ("2018-04-24", "2018-04-25"), loc("Makurdi", "NG", 7.7337, 8.5214, 25),
       actor("حشد غاضب", "Rioters (Nigeria)"), actor("مسجدين", "Muslim Group (Nigeria)"), optional=True),
    ev("attack", ("2018-04-24", "2018-04-24"), loc("Mbalom", "NG", 7.50, 8.75, 50),
       actor("رعاة", "Fulani herders", "Fulani Ethnic Militia", "Herders"),
       actor("كاهنان كاثوليكيان و16 مصليا", "كنيسة", "Civilians", "Christian Group (Nigeria)"), fatalities=18),
]

LNA = actor("الجيش الوطني الليبي", "الجيش", "الجيش الوطني", "القوات المسلحة الليبية", "Libyan National Army", "LNA", "Military Forces of Libya (2014-) House of Representatives")
DMSC = actor("الميليشيات التابعة لتنظيم القاعدة", "الميليشيات", "مجاهدي درنة", "أنصار الشريعة", "Mujahideen Shura Council of Derna", "Derna Protection Force", "Ansar al-Sharia", "Al Qaeda")
C["ant-SK-middleEast-2192-20180606"] = [
    ev("government_regains_territory", ("2018-06-06", "2018-06-06"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA, DMSC),
    ev("armed_clash", ("2018-06-06", "2018-06-06"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA, DMSC, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-06-06", "2018-06-06"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA, DMSC, optional=True),
]
C["ant-SK-internationalNews-691-20180330"] = [
    ev("arrests", ("2018-03-28", "2018-03-28"), loc("Ulm", "DE", 48.4011, 9.9876, 50),
       actor("السلطات الألمانية", "الشرطة الألمانية", "الشرطة", "Police Forces of Germany", "German police"),
       actor("4 سوريين", "المشتبه بهم", "Syrian suspects"), optional=True),
    ev("looting_property_destruction", ("2018-03-19", "2018-03-19"), loc("Ulm", "DE", 48.4011, 9.9876, 25),
       actor("4 سوريين", "Unidentified"), actor("مصلى يؤمه مسلمون أتراك", "Civilians", "Turkish community"), injured=0, optional=True),
    ev("attack", ("2018-03-19", "2018-03-19"), loc("Ulm", "DE", 48.4011, 9.9876, 25),
       actor("4 سوريين", "Unidentified"), actor("مصلى يؤمه مسلمون أتراك", "Civilians", "Turkish community"), injured=0, optional=True),
]
C["ant-SK-middleEast-893-20180410"] = [
    ev("air_drone_strike", ("2018-04-08", "2018-04-09"), loc("T4 (Tiyas) airbase", "SY", 34.5225, 37.6297, 25),
       actor("إسرائيل", "اسرائيل", "الطائرات الاسرائيلية", "Military Forces of Israel", "Israeli Air Force", "Israel"),
       actor("مطار التيفور العسكري", "Military Forces of Syria", "Syrian government", "Syrian regime"), fatalities=None),
]
C["ant-SK-internationalNews-543-20180323"] = [
    ev("armed_clash", ("2018-03-22", "2018-03-22"), loc("Darzab, Jowzjan", "AF", 35.97744, 65.37828, 50),
       actor("القيادة الوطنية للأمن", "أجهزة الاستخبارات الأفغانية", "القوات الخاصة الأفغانية", "National Directorate of Security", "NDS", "Military Forces of Afghanistan", "Afghan special forces"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Islamic State Khorasan", "ISKP"), fatalities=6),
    ev("arrests", ("2018-03-22", "2018-03-22"), loc("Darzab, Jowzjan", "AF", 35.97744, 65.37828, 50),
       actor("القيادة الوطنية للأمن", "أجهزة الاستخبارات الأفغانية", "القوات الخاصة الأفغانية", "National Directorate of Security", "NDS", "Military Forces of Afghanistan"),
       actor("تنظيم داعش", "فرنسية", "خمسة أفغان", "Islamic State", "ISIS", "Islamic State Khorasan"), optional=True),
]
C["snn-fef584c2cf19"] = [
    ev("violent_demonstration", ("2015-07-21", "2015-07-23"), loc("Burqin", "PS", 32.45461, 35.26076, 25),
       actor("السكان", "Rioters (Palestine)", "Palestinians"),
       actor("قوات الأمن الإسرائيلية", "الجيش الإسرائيلي", "Military Forces of Israel", "Israeli security forces", "IDF"), fatalities=1),
    ev("attack", ("2015-07-21", "2015-07-23"), loc("Burqin", "PS", 32.45461, 35.26076, 25),
       actor("قوات الأمن الإسرائيلية", "الجيش الإسرائيلي", "Military Forces of Israel", "Israeli security forces", "IDF"),
       actor("محمد علاونة", "Civilians", "Palestinians"), fatalities=1, optional=True),
]

C["snn-346ed0bd08cf"] = []
C["ant-SK-middleEast-476-20180322"] = []
C["snn-a7c43fe56abd"] = []
C["snn-1503397703b6"] = [
    ev("armed_clash", ("2015-06-01", "2015-06-30"), loc("southern Afghanistan", "AF", None, None),
       actor("طالبان", "حركة طالبان", "Taliban"), actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Islamic State Khorasan"), optional=True),
    ev("attack", ("2015-07-01", "2015-07-31"), loc("Nangarhar", "AF", 34.43, 70.45, 100),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Islamic State Khorasan"), actor("خائنا", "Civilians"), fatalities=1, optional=True),
]

PR = actor("المقاومة الشعبية", "المقاومة", "مسلحو المقاومة", "مسلحو المقاومة الشعبية", "Popular Resistance", "Southern Resistance", "Pro-Hadi forces")
HOU = actor("المليشيات الحوثية", "مليشيات الحوثي", "الحوثيين", "المسلحين الحوثيين", "القوات المتحالفة معها", "Houthis", "Ansar Allah", "Saleh loyalists")
COAL = actor("طائرات التحالف العربي", "طيران التحالف", "التحالف العربي", "Saudi-led coalition", "Arab Coalition")
W = ("2015-07-22", "2015-07-22"); D3 = ("2015-07-21", "2015-07-23")
C["snn-3f40b3e52517"] = [
    ev("government_regains_territory", D3, loc("Al-Maashiq (Crater), Aden", "YE", 12.7987, 45.0153, 25), PR, HOU),
    ev("non_state_actor_overtakes_territory", D3, loc("Al-Maashiq (Crater), Aden", "YE", 12.7987, 45.0153, 25), PR, HOU, optional=True),
    ev("government_regains_territory", W, loc("Lawdar", "YE", 13.88282, 45.86859, 25), PR, HOU),
    ev("armed_clash", W, loc("Lawdar", "YE", 13.88282, 45.86859, 25), PR, HOU, optional=True),
    ev("non_state_actor_overtakes_territory", W, loc("Lawdar", "YE", 13.88282, 45.86859, 25), PR, HOU, optional=True),
    ev("non_state_actor_overtakes_territory", D3, loc("Al-Qarnain, al-Jid'an, Marib", "YE", 15.55846, 44.93531, 30),
       actor("مسلحو القبائل", "Tribesmen", "Marib tribesmen", "Popular Resistance", "Pro-Hadi forces"), HOU),
    ev("armed_clash", D3, loc("Al-Qarnain, al-Jid'an, Marib", "YE", 15.55846, 44.93531, 30),
       actor("مسلحو القبائل", "Tribesmen", "Marib tribesmen", "Popular Resistance"), HOU, optional=True),
    ev("government_regains_territory", D3, loc("Al-Qarnain, al-Jid'an, Marib", "YE", 15.55846, 44.93531, 30),
       actor("مسلحو القبائل", "Tribesmen", "Marib tribesmen", "Popular Resistance"), HOU, optional=True),
    ev("armed_clash", D3, loc("Al-Rahidah", "YE", 13.37256, 44.30313, 25), PR, HOU, fatalities=[1, 30]),
    ev("air_drone_strike", W, loc("Shuqra coast, Abyan", "YE", 13.35677, 45.69709, 25), COAL, HOU),
    ev("air_drone_strike", W, loc("Al-Qafl (border)", "YE", 16.04876, 43.42836, 50), COAL, HOU, optional=True),
    ev("air_drone_strike", W, loc("Aham triangle, Hajjah", "YE", 16.20267, 43.38739, 25), COAL, HOU),
    ev("air_drone_strike", W, loc("Amran-Saada road", "YE", 16.4, 43.9, 100), COAL, HOU, optional=True),
    ev("air_drone_strike", W, loc("Shada triangle, Saada", "YE", 16.892482, 43.186408, 30), COAL, HOU),
    ev("air_drone_strike", W, loc("Saada province", "YE", 16.94021, 43.76394, 100), COAL, HOU, optional=True),
    ev("air_drone_strike", W, loc("Hodeidah-Sanaa road", "YE", 15.1, 43.6, 100), COAL, HOU, optional=True),
    ev("air_drone_strike", W, loc("Al-Qanda', Na'man district, Al Bayda", "YE", 14.60085, 45.52023, 30), COAL, HOU),
    ev("air_drone_strike", W, loc("Al-A'rush, Marib-Khawlan road", "YE", 15.279259, 44.750185, 50), COAL, HOU),
]
C["ant-SK-internationalNews-778-20180404"] = []
C["snn-7076aa3fd715"] = []
C["snn-311248642542"] = [
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), loc("Ariha", "SY", 35.81374, 36.60964, 25),
       actor("النظام السوري", "طائرة مقاتلة للنظام السوري", "Military Forces of Syria", "Syrian Air Force", "Syrian regime"),
       actor("Civilians", "مدنيا", "مدنيين"), fatalities=20, injured=[10, 99], optional=True),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), loc("Idlib", "SY", 35.93062, 36.63393, 25),
       actor("الطيران المروحي", "النظام السوري", "Military Forces of Syria", "Syrian Air Force", "Syrian regime"),
       None, optional=True),
]

C["snn-023a0cb46074"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-31"), loc("Mashra'a and Hadnan, Sabr (Taiz)", "YE", 13.53235, 43.99587, 25),
       actor("الحوثي", "الحوثية", "Houthis", "Ansar Allah"), actor("المواطنين", "المدنيين العزل", "Civilians"), optional=True),
]
C["snn-cc24412347ce"] = []
C["snn-f233f31a5eb5"] = []
C["ant-SK-internationalNews-3-20180218"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-02.jsonl"))
