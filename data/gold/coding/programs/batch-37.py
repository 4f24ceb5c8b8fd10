import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISIS = ["Islamic State", "ISIS", "IS", "Daesh"]

C["snn-35e8f70dd09d"] = []
C["ant-CN-middleEast-624-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("الولايات المتحدة الأمريكية", "فرنسا", "بريطانيا", "United States", "US", "France", "United Kingdom", "UK", "Military Forces of the United States"),
       actor("النظام السوري", "Syrian government", "Military Forces of Syria", "Syrian regime"), optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("النظام السوري", "Syrian government", "Military Forces of Syria", "Syrian regime"),
       actor("Civilians", "المدنيين"), optional=True),
]
C["ant-SK-middleEast-1473-20180506"] = [
    ev("armed_clash", ("2018-05-04", "2018-05-06"), loc("Al-Wahda village, An-Namas", "SA", 19.128578, 42.138304, 30),
       actor("رجال الأمن", "Saudi security forces", "Police Forces of Saudi Arabia", "Saudi Arabia"),
       actor("مطلوب أمني", "خالد محمد علي الشهري", "Unidentified Armed Group", "wanted militant"),
       fatalities=1),
    ev("attack", ("2018-04-16", "2018-04-25"), loc("Asir", "SA", 19.262905, 42.254683, 100),
       None, actor("رجال الأمن", "Saudi security forces", "Police Forces of Saudi Arabia"),
       fatalities=4, optional=True),
    ev("armed_clash", ("2018-04-16", "2018-05-04"), loc("Asir", "SA", 19.262905, 42.254683, 100),
       actor("رجال الأمن", "Saudi security forces", "Police Forces of Saudi Arabia"),
       actor("Unidentified Armed Group"), fatalities=1, optional=True),
]
C["ant-SK-middleEast-1686-20180514"] = [
    ev("air_drone_strike", ("2018-05-12", "2018-05-14"), loc("Syria", "SY", None, None),
       actor("مقاتلات عراقية", "طائرات إف16 العراقية", "الجيش العراقي", "سلاح الجو العراقي", "Iraqi Air Force", "Iraqi army", "Military Forces of Iraq", "Iraq"),
       actor("داعش", "تنظيم داعش", "عصابات داعش", *ISIS), optional=True),
]
C["snn-4225ceffb883"] = [
    ev("armed_clash", ("2015-07-15", "2015-07-23"), loc("Sabha", "LY", 27.03766, 14.42832, 25),
       actor("التبو", "قبيلتي التبو", "Tebu", "Toubou", "Tubu", "Tebu Ethnic Militia"),
       actor("الطوارق", "Tuareg", "Tuareg Ethnic Militia"),
       fatalities=40, injured=[10, 99]),
    ev("abduction_forced_disappearance", ("2015-07-15", "2015-07-21"), loc("Mellitah, Zuwara", "LY", 32.87, 12.26, 25),
       None, actor("الإيطاليين", "الموظفين الإيطاليين", "Italian workers", "Civilians"), optional=True),
]
C["ant-SK-middleEast-572-20180326"] = []

C["ant-CN-internationalNews-608-20180912"] = [
    ev("suicide_bomb", ("2018-09-11", "2018-09-11"), loc("Nangarhar", "AF", 34.43, 70.45, 100),
       None, actor("المتظاهرين", "حشد من المتظاهرين", "Protesters", "Civilians"),
       fatalities=19, injured=57),
]
C["snn-10c8c8dd355b"] = []
C["ant-CN-middleEast-443-20180401"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("الفلسطينيين", "مسيرة العودة الكبرى", "Protesters", "Palestinian protesters", "Protesters (Palestine)"),
       actor("القوات الإسرائيلية", "Israeli forces", "Israel Defense Forces", "IDF", "Military Forces of Israel", "Israel"),
       fatalities=17, injured=1400),
]
REB = ["الفصائل المقاتلة", "المعارضة", "الفصائل المتطرفة", "rebels", "Syrian opposition", "Opposition rebels", "Islamist rebels"]
REG = ["قوات النظام", "Syrian government forces", "Military Forces of Syria", "Syrian regime", "Syrian army"]
REGAIR = REG + ["الطيران الحربي", "الطيران المروحي", "Syrian Air Force"]
D = ("2015-07-24", "2015-07-26")
C["snn-aea0098964a3"] = [
    ev("shelling_artillery_missile_attack", D, loc("Nubl", "SY", 36.37867, 36.99294, 25), actor(*REB), None),
    ev("shelling_artillery_missile_attack", D, loc("Az Zahra", "SY", 36.36085, 37.01072, 25), actor(*REB), None),
    ev("armed_clash", D, loc("Kuweires airport", "SY", 36.17, 37.55, 25), actor(*REG),
       actor("داعش", "تنظيم داعش", *ISIS)),
    ev("air_drone_strike", D, loc("Kuweires airport", "SY", 36.17, 37.55, 25), actor(*REGAIR),
       actor("داعش", "تنظيم داعش", *ISIS)),
    ev("air_drone_strike", D, loc("Daraa", "SY", 32.61889, 36.10213, 25), actor(*REGAIR), actor(*REB)),
    ev("shelling_artillery_missile_attack", D, loc("Daraa", "SY", 32.61889, 36.10213, 25), actor(*REG), actor(*REB)),
    ev("armed_clash", D, loc("Daraa", "SY", 32.61889, 36.10213, 25), actor(*REB), actor(*REG, "المسلحين الموالين لها"), optional=True),
    ev("armed_clash", D, loc("Atman", "SY", 32.66314, 36.11366, 25), actor(*REG, "المسلحين الموالين لها"), actor(*REB)),
    ev("air_drone_strike", D, loc("Atman", "SY", 32.66314, 36.11366, 25), actor(*REGAIR), actor(*REB)),
    ev("air_drone_strike", D, loc("Khirbet al-Shahm", "SY", 32.67, 36.02, 25), actor(*REGAIR), None),
    ev("air_drone_strike", D, loc("Ghariz", "SY", 32.58, 36.14, 25), actor(*REGAIR), None),
    ev("air_drone_strike", D, loc("Al Yadudah", "SY", 32.67515, 36.05647, 25), actor(*REGAIR), None),
    ev("shelling_artillery_missile_attack", D, loc("Daraa camp", "SY", 32.61889, 36.10213, 25), None, None),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Al Yadudah", "SY", 32.67515, 36.05647, 25), actor(*REGAIR),
       actor("Civilians", "المدنيين", "رئيس المجلس المحلي"), fatalities=9),
    ev("air_drone_strike", D, loc("Zuwayk, Jabal al-Akrad", "SY", 35.69467, 36.03995, 25), actor(*REGAIR), None),
    ev("air_drone_strike", D, loc("Duwayrikah, Jabal al-Akrad", "SY", 35.70616, 36.15901, 25), actor(*REGAIR), None),
    ev("air_drone_strike", D, loc("Saqiyat al-Kurt, Jabal al-Akrad", "SY", 35.72, 36.12, 30), actor(*REGAIR), None),
    ev("air_drone_strike", D, loc("Jabal al-Turkman", "SY", 35.80, 35.98, 30), actor(*REGAIR), None, optional=True),
    ev("armed_clash", D, loc("Tal Jurat al-Ma, Jabal al-Turkman", "SY", 35.72037, 36.00651, 25), actor(*REB),
       actor(*REG, "قوات الدفاع الوطني", "National Defence Forces", "NDF")),
    ev("non_state_actor_overtakes_territory", D, loc("Tal Jurat al-Ma, Jabal al-Turkman", "SY", 35.72037, 36.00651, 25), actor(*REB),
       actor(*REG, "قوات الدفاع الوطني", "National Defence Forces", "NDF"), optional=True),
]
C["ant-SK-economy-762-20180611"] = []
C["snn-0e5a8f182af2"] = []

C["snn-ad64487bb63f"] = [
    ev("peaceful_protest", ("2015-07-20", "2015-07-20"), loc("Sylhet", "BD", 24.90, 91.87, 25),
       actor("متظاهرون", "Protesters", "Protesters (Bangladesh)"), None),
    ev("peaceful_protest", ("2015-07-14", "2015-07-21"), loc("Dhaka", "BD", 23.81, 90.41, 25),
       actor("متظاهرون", "Protesters", "Protesters (Bangladesh)"), None, optional=True),
    ev("peaceful_protest", ("2015-07-21", "2015-07-21"), loc("Bangladesh", "BD", None, None),
       actor("متظاهرون", "Protesters", "Protesters (Bangladesh)"), None, optional=True),
    ev("mob_violence", ("2015-07-01", "2015-07-20"), loc("Sylhet", "BD", 24.90, 91.87, 25),
       actor("حشد", "Rioters", "Rioters (Bangladesh)"), actor("سميع العالم راجون", "Civilians"), fatalities=1, optional=True),
]
HOU = ["الحوثي", "حوثيا", "الحوثيين", "قيادات حوثية", "المتمردين", "Houthis", "Ansar Allah", "Houthi rebels"]
PR = ["المقاومة الشعبية", "حركة المقاومة الشعبية", "الثوار", "المقاومة", "Popular Resistance", "Popular Resistance Forces"]
C["snn-6b0b65848c92"] = [
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-07-25"), loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25),
       actor(*PR), actor(*HOU, "عبدالخالق بدرالدين الحوثي")),
    ev("arrests", ("2015-07-20", "2015-07-25"), loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25),
       actor(*PR), actor(*HOU, "عبدالخالق بدرالدين الحوثي"), optional=True),
    ev("peaceful_protest", ("2015-06-01", "2015-06-30"), loc("Dhamar", "YE", 14.54274, 44.40514, 25),
       actor("الجنود", "عشرات الجنود", "منسوبي الأجهزة الأمنية", "Protesters", "Protesters (Yemen)"), None, optional=True),
]
C["ant-SK-internationalNews-2771-20180722"] = []
C["snn-f520acbb5afe"] = [
    ev("arrests", ("2015-07-01", "2015-07-21"), loc("Saudi Arabia", "SA", None, None),
       actor("وزارة الداخلية", "رجال الأمن", "Saudi security forces", "Police Forces of Saudi Arabia"),
       actor("داعش", "خلايا داعش", *ISIS), optional=True),
]
C["snn-5042bc9a4845"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-23", "2015-07-23"), loc("Rafah (Al Mahdiyah - Al Masoura)", "EG", 31.23, 34.23, 25),
       actor("العناصر الإرهابية", "Unidentified Armed Group", "militants"),
       actor("القوات المسلحة المصرية", "الجيش المصري", "Egyptian army", "Military Forces of Egypt", "Egyptian Armed Forces"),
       fatalities=4, injured=3),
]
C["snn-0aa54e29971b"] = []

C["snn-327e8ca33cb7"] = []
C["ant-SK-middleEast-1655-20180513"] = [
    ev("remote_explosive_landmine_ied", ("2018-05-12", "2018-05-12"), loc("Idlib", "SY", 35.93062, 36.63393, 25),
       None, actor("هيئة تحرير الشام", "القصر العدلي التابع لهيئة تحرير الشام", "Hayat Tahrir al-Sham", "HTS", "Civilians", "مدنيين"),
       fatalities=28),
]
C["snn-14d5696ef549"] = []
C["snn-7c5b46fe70a7"] = []
LNA = ["الجيش الوطني الليبي", "الجيش الليبي", "سلاح الجو", "Libyan National Army", "LNA", "Military Forces of Libya (Haftar)"]
CHR = ["متمردين تشاديين", "حركة التمرد التشادية", "المتمردين التشاديين", "Chadian rebels"]
C["ant-SK-middleEast-648-20180329"] = [
    ev("air_drone_strike", ("2018-03-23", "2018-03-25"), loc("Tarbu oasis, ~400 km south of Sabha", "LY", 23.4, 14.6, 100),
       actor(*LNA), actor(*CHR), optional=True),
    ev("air_drone_strike", ("2018-03-23", "2018-03-25"), loc("checkpoint >400 km south-east of Sabha", "LY", None, None),
       actor(*LNA), actor(*CHR), optional=True),
]
C["snn-8109c4c737cb"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Syria", "SY", None, None),
       actor("طائرات حربية تركية", "مقاتلات إف- 16", "Turkish Air Force", "Military Forces of Turkey", "Turkey"),
       actor("داعش", "تنظيم داعش", *ISIS), optional=True),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       actor("الشرطة", "شرطة مكافحة الإرهاب", "Police Forces of Turkey", "Turkish police"),
       actor("داعش", "متشددين أكراد", *ISIS, "Kurdish militants", "PKK")),
]

TRA = ["قوات الأمن التركية", "الجيش", "الجيش التركي", "Turkish army", "Military Forces of Turkey", "Turkish security forces"]
C["ant-SK-middleEast-594-20180327"] = [
    ev("armed_clash", ("2018-03-26", "2018-03-27"), loc("Arsuz, Hatay", "TR", 36.41306, 35.89033, 30),
       actor(*TRA), actor("مسلحين أكراد", "مسلحا كرديا", "المسلحين", "حزب العمال الكردستاني", "Kurdish militants", "PKK", "Kurdistan Workers' Party"),
       fatalities=11),
    ev("remote_explosive_landmine_ied", ("2018-03-26", "2018-03-26"), loc("Afrin", "SY", 36.51194, 36.86954, 30),
       None, actor("جنديين تركيين", "القوات المسلحة التركية", *TRA), fatalities=2),
]
C["snn-ce7d8f11c028"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), loc("Emergency forces HQ mosque, Asir (Abha)", "SA", 18.2164, 42.5053, 100),
       None, actor("قوات الطوارئ الخاصة", "منسوبي القوات", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia", "Saudi security forces"),
       fatalities=[1, 99], injured=[1, 99]),
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Emergency forces HQ mosque, Asir (Abha)", "SA", 18.2164, 42.5053, 100),
       None, actor("قوات الطوارئ الخاصة", "منسوبي القوات", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia", "Saudi security forces"),
       fatalities=[1, 99], injured=[1, 99], optional=True),
]
C["snn-6017af440a5a"] = [
    ev("government_regains_territory", ("2015-07-13", "2015-07-22"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("المقاومة", "قوات التحالف", "Popular Resistance", "Saudi-led coalition", "Arab Coalition"),
       actor("الحوثيين", "جيوش علي صالح", "Houthis", "Ansar Allah", "Saleh forces"), optional=True),
]
C["ant-SK-middleEast-1129-20180419"] = []
C["snn-21c2f8bf63ba"] = [
    ev("air_drone_strike", ("2015-07-08", "2015-07-08"), loc("near Sarmada", "SY", 36.18553, 36.72231, 25),
       actor("قوات الائتلاف الدولي", "الائتلاف الدولي", "US-led coalition", "Global Coalition against ISIS", "Military Forces of the United States", "United States"),
       actor("مجموعة خراسان", "محسن الفضلي", "Khorasan Group", "al-Qaeda", "القاعدة"), fatalities=1),
]
C["snn-e8903c483937"] = []

C["snn-0eab25fcb167"] = [
    ev("armed_clash", ("2015-05-01", "2015-06-30"), loc("eastern Afghanistan", "AF", None, None),
       actor("طالبان", "حركة طالبان", "Taliban"), actor("منشقين اعلنوا ولاءهم لـ «داعش»", "داعش", *ISIS, "Islamic State Khorasan"), optional=True),
]
SEF = ["قوات الطوارىء الخاصة", "قوات الطوارئ الخاصة", "قوة الطوارئ", "منسوبي القوات", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia", "Saudi security forces"]
C["snn-0d5af10913d5"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Emergency forces HQ mosque, Asir (Abha)", "SA", 18.2164, 42.5053, 100),
       actor("انتحاري", "Islamic State", "ISIS", "Unidentified Armed Group"), actor(*SEF), fatalities=13, injured=9),
]
C["snn-5c079af51a7e"] = []
C["ant-SK-middleEast-1628-20180512"] = [
    ev("looting_property_destruction", ("2018-05-11", "2018-05-11"), loc("Sdot Negev, east of Gaza fence", "IL", 31.43, 34.55, 25),
       actor("ثلاثة إسرائيليين", "نشطاء اليمين الإسرائيلي المتطرف", "Israeli settlers", "Israeli far-right activists"), None, optional=True),
    ev("arrests", ("2018-05-11", "2018-05-11"), loc("Sdot Negev, east of Gaza fence", "IL", 31.43, 34.55, 25),
       actor("الجيش", "الجيش الإسرائيلي", "Israel Defense Forces", "IDF", "Military Forces of Israel"),
       actor("ثلاثة إسرائيليين", "نشطاء اليمين الإسرائيلي المتطرف", "Israeli far-right activists"), optional=True),
]
C["ant-SK-internationalNews-3174-20180909"] = []
C["snn-c0d9b3514d4c"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam Sadiq mosque, Al-Sawaber, Kuwait City", "KW", 29.37472, 47.981029, 25),
       actor("القباع", "فهد القباع", "داعش", *ISIS), actor("Civilians", "المصلين"), fatalities=27, injured=286, optional=True),
]

C["snn-539ff51e4d55"] = []
C["ant-SK-internationalNews-49-20180219"] = []
SYR = ["النظام السوري", "دمشق", "قوات النظام", "Syrian government forces", "Military Forces of Syria", "Syrian regime", "Syrian army"]
SYRAIR = SYR + ["الطيران الحربي", "الطيران الحربي والمروحي", "Syrian Air Force"]
DOUMA = loc("Douma", "SY", 33.57175, 36.4027, 25)
CIV = ["Civilians", "مدنيا", "المدنيين", "جيش الإسلام", "Jaysh al-Islam"]
C["ant-SK-middleEast-840-20180407"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), DOUMA, actor(*SYR), actor("Civilians", "المدنيين"),
       fatalities=[90, 110], injured=[900, 1100]),
    ev("air_drone_strike", ("2018-04-07", "2018-04-07"), DOUMA, actor(*SYRAIR), actor(*CIV)),
    ev("shelling_artillery_missile_attack", ("2018-04-07", "2018-04-07"), DOUMA, actor(*SYR), actor(*CIV)),
    ev("air_drone_strike", ("2018-04-06", "2018-04-06"), DOUMA, actor(*SYRAIR), actor(*CIV)),
]
C["snn-5c0c4fc765b2"] = []
LEG = ["قوات الشرعية", "قوات الشرعية اليمنية", "قوات الجيش الوطني اليمني", "قوات التحالف", "التحالف العربي",
       "Military Forces of Yemen (Hadi)", "Yemeni government forces", "Saudi-led coalition", "Arab Coalition"]
HOU2 = ["الميليشيات الحوثية", "ميليشيات الحوثي", "الحوثي", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-1073-20180416"] = [
    ev("government_regains_territory", ("2018-04-09", "2018-04-16"), loc("Midi", "YE", 16.32101, 42.81299, 25),
       actor(*LEG), actor(*HOU2), optional=True),
    ev("government_regains_territory", ("2018-04-09", "2018-04-16"), loc("Shabwah province", "YE", 14.53, 46.83, 100),
       actor(*LEG), actor(*HOU2), optional=True),
    ev("government_regains_territory", ("2018-04-09", "2018-04-16"), loc("Hays-Taiz road", "YE", 13.9317, 43.4831, 30),
       actor(*LEG), actor(*HOU2), optional=True),
]
C["snn-91e4a07d8970"] = []
C["ant-CN-internationalNews-612-20180912"] = [
    ev("suicide_bomb", ("2018-09-11", "2018-09-11"), loc("Nangarhar", "AF", 34.43, 70.45, 100),
       None, actor("المتظاهرين", "حشد من المتظاهرين", "Protesters", "Civilians"),
       fatalities=19, injured=57),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-37.jsonl"))
