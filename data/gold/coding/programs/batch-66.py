import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISIS = actor("داعش", "تنظيم داعش", "التنظيم الإرهابي", "Islamic State", "ISIS", "Daesh", "IS")
CIV = actor("Civilians", "مدنيين", "المدنيين", "مدنيا")
SYGOV = actor("قوات النظام", "النظام", "عناصر النظام", "جيش النظام", "Syrian government forces", "Syrian Arab Army", "Syrian army", "Syrian regime")

C["ant-SK-middleEast-3091-20180725"] = [
    ev("suicide_bomb", ("2018-07-25", "2018-07-25"), loc("As-Suwayda city", "SY", 32.70896, 36.56951, 25),
       ISIS, CIV),
    ev("armed_clash", ("2018-07-25", "2018-07-25"), loc("Eastern and north-eastern countryside of As-Suwayda", "SY", 32.75, 36.75, 40),
       ISIS, actor("المسلحين الموالين للنظام", "المسلحون الموالون للنظام", "سكان حملوا السلاح", "Pro-government militia", "Syrian government forces", "Civilians", "Local residents"),
       fatalities=[0, 220]),
    ev("non_state_actor_overtakes_territory", ("2018-07-25", "2018-07-25"), loc("Eastern countryside of As-Suwayda", "SY", 32.75, 36.75, 40),
       ISIS, actor("المسلحين الموالين للنظام", "Pro-government militia", "Syrian government forces"), optional=True),
    ev("government_regains_territory", ("2018-07-25", "2018-07-25"), loc("Eastern countryside of As-Suwayda", "SY", 32.75, 36.75, 40),
       actor("المسلحون الموالون للنظام", "المسلحين الموالين للنظام", "Pro-government militia", "Syrian government forces"), ISIS, optional=True),
]
C["ant-SK-internationalNews-1016-20180419"] = []
OPP = actor("المعارضة السورية المسلحة", "المعارضة", "Syrian opposition", "Syrian rebels", "Opposition forces")
C["snn-5d958cb790d0"] = [
    ev("armed_clash", ("2015-08-05", "2015-08-06"), loc("Sahl al-Ghab, Hama countryside", "SY", 35.65, 36.35, 30),
       OPP, SYGOV, fatalities=[10, 99]),
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-06"), loc("Sahl al-Ghab, Hama countryside", "SY", 35.65, 36.35, 30),
       OPP, SYGOV, optional=True),
    ev("air_drone_strike", ("2015-08-05", "2015-08-07"), loc("Northern Aleppo countryside", "SY", 36.5, 37.1, 50),
       actor("التحالف الدولي", "طائرات حربية", "International coalition", "US-led coalition", "Coalition forces"), ISIS),
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-07"), loc("Daraya (Hay al-Jamiyat)", "SY", 33.428576, 36.246299, 25),
       actor("لواء شهداء الإسلام", "المعارضة", "Liwa Shuhada al-Islam", "Syrian opposition", "Syrian rebels"), SYGOV),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Daraya", "SY", 33.428576, 36.246299, 25),
       actor("لواء شهداء الإسلام", "المعارضة", "Liwa Shuhada al-Islam", "Syrian opposition", "Syrian rebels"), SYGOV, optional=True),
]
C["snn-50d7813a9c39"] = []
C["snn-997c2bf474a3"] = []
C["ant-CN-middleEast-1416-20181005"] = [
    ev("peaceful_protest", ("2018-10-05", "2018-10-05"), loc("Istanbul (Saudi consulate)", "TR", 41.019389, 28.982586, 25),
       actor("جمعية بيت الإعلاميين العرب في تركيا", "بيت الإعلاميين العرب", "Arab Media House in Turkey", "Protesters", "Journalists"), None),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.019389, 28.982586, 25),
       None, actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists", "Civilians"), optional=True),
]

C["ant-CN-internationalNews-49-20180301"] = []
C["snn-10f46882e460"] = []
C["ant-SK-middleEast-1613-20180512"] = []
C["ant-CN-middleEast-878-20180511"] = []
C["ant-SK-internationalNews-3020-20180815"] = [
    ev("attack", ("2018-08-14", "2018-08-14"), loc("Westminster, London (Houses of Parliament)", "GB", 51.4995, -0.1248, 25),
       actor("صالح خاطر", "Salih Khater", "Unidentified attacker"), actor("Civilians", "المارة", "راكبي دراجات", "Cyclists", "Pedestrians"),
       fatalities=None, injured=[2, 99]),
    ev("arrests", ("2018-08-14", "2018-08-14"), loc("Westminster, London (Houses of Parliament)", "GB", 51.4995, -0.1248, 25),
       actor("الشرطة البريطانية", "الشرطة", "British police", "Metropolitan Police", "Police Forces of the United Kingdom"), actor("صالح خاطر", "Salih Khater"), optional=True),
    ev("attack", ("2017-03-01", "2017-03-31"), loc("Westminster Bridge, London", "GB", 51.5007, -0.1219, 25),
       actor("خالد مسعود", "Khalid Masood"), actor("Civilians", "حشودا"), fatalities=[4, 5], optional=True),
]
YGOV = actor("القوات الموالية للشرعية", "قوات الشرعية", "الشرعية", "الجيش الوطني", "الجيش الوطني اليمني", "المقاومة الشعبية", "قوات المقاومة الشعبية",
             "Government of Yemen (2012-)", "Yemeni government forces", "Pro-Hadi forces", "Popular Resistance", "Yemeni army")
HOUTHI = actor("الحوثيين", "مليشيا الحوثي", "جماعة الحوثي", "الانقلابيين", "المليشيات الحوثية", "القوات الموالية للرئيس المخلوع علي عبدالله صالح",
               "Houthis", "Ansar Allah", "Houthi militia", "Saleh loyalists", "Forces loyal to Ali Abdullah Saleh")
C["snn-33e84fd1559e"] = [
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25),
       YGOV, HOUTHI, fatalities=[2, 99], injured=[2, 99]),
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Shuqra (Abyan)", "YE", 13.35, 45.70, 30),
       YGOV, HOUTHI),
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("As Saddah (Ibb)", "YE", 14.1221, 44.42139, 25),
       YGOV, HOUTHI),
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Hazm al-Udayn (Ibb)", "YE", 14.119302, 43.921764, 30),
       YGOV, HOUTHI, optional=True),
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Ar Radmah (Ibb)", "YE", 14.21973, 44.58657, 25),
       YGOV, HOUTHI),
    ev("armed_clash", ("2015-08-08", "2015-08-10"), loc("Yarim (Ibb)", "YE", 14.29804, 44.37795, 25),
       YGOV, HOUTHI, optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-10"), loc("Taizz", "YE", 13.57825, 44.017666, 25),
       YGOV, HOUTHI, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-10"), loc("Taizz", "YE", 13.57825, 44.017666, 25),
       HOUTHI, CIV, optional=True),
    ev("abduction_forced_disappearance", ("2015-08-08", "2015-08-10"), loc("Sana'a", "YE", 15.463615, 44.237884, 25),
       actor("مسلحون تابعون لجماعة الحوثي", "جماعة الحوثي", "Houthis", "Ansar Allah"),
       actor("حزب التجمع اليمني للإصلاح", "قياديي حزب التجمع اليمني للإصلاح", "عبد الرزاق الأشول", "Islah", "Al-Islah", "Yemeni Congregation for Reform")),
    ev("change_to_group_activity", ("2015-08-08", "2015-08-10"), loc("Yemen", "YE", None, None),
       actor("اللواء 55 مدرع", "الحرس الجمهوري", "55th Armoured Brigade", "Republican Guard"), None, optional=True),
]

PR = actor("المقاومة الشعبية", "المقاومة", "Popular Resistance", "Southern Resistance", "Government of Yemen (2012-)", "Pro-Hadi forces")
HS = actor("الحوثيون", "الحوثيين", "القوات الموالية للرئيس اليمني السابق", "قوات صالح", "Houthis", "Ansar Allah", "Saleh loyalists", "Forces loyal to Ali Abdullah Saleh")
C["snn-4308bade1de2"] = [
    ev("government_regains_territory", ("2015-07-30", "2015-08-01"), loc("Dofas (Abyan)", "YE", 13.07, 45.33, 25), PR, HS),
    ev("government_regains_territory", ("2015-07-30", "2015-08-01"), loc("Al Kawd (Abyan)", "YE", 13.08861, 45.36472, 25), PR, HS),
    ev("armed_clash", ("2015-07-31", "2015-08-01"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25), PR, HS),
    ev("government_regains_territory", ("2015-07-23", "2015-07-31"), loc("Lawdar", "YE", 13.88282, 45.86859, 25), PR, HS, optional=True),
    ev("government_regains_territory", ("2015-07-23", "2015-07-31"), loc("Al Ain (Abyan)", "YE", None, None), PR, HS, optional=True),
]
MALIGUN = actor("مسلحون", "Unidentified armed group", "Gunmen", "Islamist militants")
C["snn-f16e97db3646"] = [
    ev("attack", ("2015-08-07", "2015-08-07"), loc("Sevare (hotel)", "ML", 14.5333, -4.0967, 25),
       MALIGUN, actor("Civilians", "أجانب", "رهائن", "Foreigners", "Hostages"), fatalities=4, injured=3),
    ev("armed_clash", ("2015-08-07", "2015-08-07"), loc("Sevare (hotel)", "ML", 14.5333, -4.0967, 25),
       MALIGUN, actor("عسكريين ماليين", "Military Forces of Mali", "Malian army", "Malian soldiers"), fatalities=4, injured=3, optional=True),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-07"), loc("Sevare (hotel)", "ML", 14.5333, -4.0967, 25),
       MALIGUN, actor("Civilians", "رهائن", "Hostages", "Foreigners"), optional=True),
]
C["snn-e6be5bcf7421"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"), loc("Al-Qanbura, Ahad al-Masarihah (Jazan)", "SA", 16.70985, 42.955, 25),
       None, actor("Civilians", "عامل يمني", "Yemeni worker"), fatalities=1),
]
C["snn-a77bcdf67012"] = []
IQF = actor("القوات العراقية", "القوات الأمنية", "القوات العسكرية العراقية", "الشرطة الاتحادية", "مغاوير الشرطة الاتحادية", "Iraqi security forces", "Iraqi army", "Iraqi forces", "Federal Police", "Military Forces of Iraq")
COAL = actor("طيران التحالف الدولي", "التحالف الدولي", "International coalition", "US-led coalition", "Coalition forces")
C["snn-37c7eb1da01c"] = [
    ev("government_regains_territory", ("2015-07-30", "2015-07-30"), loc("Tal Mushayhida, east of Ramadi", "IQ", 33.43, 43.40, 25),
       IQF, ISIS),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Al-Madiq, east of Ramadi", "IQ", 33.42, 43.40, 25),
       IQF, ISIS, fatalities=12),
    ev("disrupted_weapons_use", ("2015-07-30", "2015-07-30"), loc("Tal Mushayhida, east of Ramadi", "IQ", 33.43, 43.40, 25),
       IQF, ISIS, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-31"), loc("Between Saqlawiya and Khalidiya island", "IQ", 33.39, 43.60, 30),
       COAL, ISIS, fatalities=1, optional=True),
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"), loc("Baiji district", "IQ", 34.92915, 43.48878, 30),
       COAL, ISIS, fatalities=1),
]
C["snn-84de03ef0691"] = []

C["snn-e4d0e805b15a"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), loc("Rafah", "PS", 31.2969, 34.2436, 25),
       None, actor("Civilians", "فلسطينيين", "أيمن أبو نقيرة", "Palestinians", "Hamas"), fatalities=4, injured=30, optional=True),
]
C["ant-SK-internationalNews-1926-20180602"] = []
C["ant-SK-middleEast-2315-20180611"] = [
    ev("air_drone_strike", ("2018-06-09", "2018-06-11"), loc("Qandil mountains", "IQ", 36.45, 44.95, 50),
       actor("طائرات تركية", "تركيا", "الجيش التركي", "Turkey", "Turkish Armed Forces", "Military Forces of Turkey", "Turkish air force"),
       actor("حزب العمال الكردستاني", "متمردي حزب العمال الكردستاني", "المسلحين الأكراد", "PKK", "Kurdistan Workers' Party")),
]
C["snn-5ae290ce314e"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-07-26"), loc("Najran", "SA", 17.4924, 44.1277, 25),
       actor("المتمردين الحوثيين", "الحوثيين", "Houthis", "Ansar Allah"), actor("Civilians", "فتاة وطفلين", "مواطنين", "Saudi civilians"), injured=3),
]
C["ant-SK-technology-412-20180416"] = []
C["ant-SK-middleEast-457-20180321"] = []

C["ant-SK-internationalNews-2306-20180624"] = [
    ev("arrests", ("2018-06-23", "2018-06-23"), loc("Corsica", "FR", 42.15, 9.10, 100),
       actor("شرطة مكافحة الإرهاب", "Police Forces of France", "French police", "French counter-terrorism police"),
       actor("اليمين المتطرف", "Far-right militants", "Far-right extremists"), optional=True),
]
C["ant-SK-internationalNews-1063-20180421"] = [
    ev("attack", ("2018-04-21", "2018-04-21"), loc("Kuala Lumpur", "MY", 3.139, 101.687, 25),
       actor("مجهولين", "رجلين كانا على دراجة نارية", "Unidentified gunmen"), actor("فادي البطش", "Fadi al-Batsh", "Civilians", "Palestinian scientist"),
       fatalities=1),
]
C["ant-SK-middleEast-1204-20180423"] = [
    ev("air_drone_strike", ("2018-04-19", "2018-04-19"), loc("Al Hudaydah", "YE", 14.796625, 42.945213, 25),
       actor("التحالف العربي", "التحالف العربي لدعم الشرعية في اليمن", "Saudi-led coalition", "Arab Coalition"),
       actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "صالح الصماد", "Houthis", "Ansar Allah", "Saleh al-Sammad"), fatalities=1),
]
ISR = actor("قوات الاحتلال الإسرائيلية", "قوات الاحتلال", "قوات الاحتلال الخاصة", "Israeli forces", "Israeli police", "Military Forces of Israel", "Police Forces of Israel")
C["snn-fae5e9b8c3df"] = [
    ev("arrests", ("2015-08-11", "2015-08-11"), loc("Al-Aqsa Mosque, Jerusalem Old City", "PS", 31.7761, 35.2358, 25),
       ISR, actor("امرأة وأحد الأطفال", "Palestinians", "Civilians", "Palestinian women", "Palestinian children")),
    ev("protest_with_intervention", ("2015-08-11", "2015-08-11"), loc("Al-Aqsa Mosque, Jerusalem Old City", "PS", 31.7761, 35.2358, 25),
       actor("الأطفال", "النساء", "Palestinians", "Protesters", "Palestinian children"), ISR, optional=True),
    ev("attack", ("2015-08-11", "2015-08-11"), loc("Al-Aqsa Mosque, Jerusalem Old City", "PS", 31.7761, 35.2358, 25),
       ISR, actor("النساء والأطفال", "Civilians", "Palestinians"), optional=True),
]
C["snn-9fdf352663d2"] = []
C["snn-f8aacf5f5641"] = []

C["snn-8f33d8691528"] = []
C["ant-SK-middleEast-2033-20180529"] = []
C["ant-SK-internationalNews-2461-20180703"] = [
    ev("agreement", ("2018-06-20", "2018-07-02"), loc("South Sudan", "SS", None, None),
       actor("حكومة سلفا كير", "Government of South Sudan", "Salva Kiir"), actor("المتمردين", "رياك مشار", "SPLM-IO", "Riek Machar", "South Sudanese rebels"), optional=True),
]
C["ant-SK-internationalNews-2989-20180814"] = []
C["snn-c254fecb9d1e"] = [
    ev("mob_violence", ("2015-08-07", "2015-08-08"), loc("Kanjia village, Ranchi district, Jharkhand", "IN", 23.40, 85.20, 50),
       actor("سكان قرية كانجيا", "القرويين", "Villagers", "Rioters", "Mob"), actor("Civilians", "خمس نساء", "Women"), fatalities=5, optional=True),
]
C["snn-5f6b27d02680"] = [
    ev("arrests", ("2015-07-15", "2015-07-15"), loc("Bahrain territorial waters (north)", "BH", 26.25, 50.55, 40),
       actor("خفر السواحل", "وزارة الداخلية البحرينية", "Bahraini Coast Guard", "Police Forces of Bahrain", "Bahrain Ministry of Interior"),
       actor("مهدي صباح عبد المحسن محمد", "عباس عبد الحسين عبد الله محمد", "خلية", "Iranian-backed cell", "Militants")),
    ev("disrupted_weapons_use", ("2015-07-15", "2015-07-15"), loc("Bahrain territorial waters (north)", "BH", 26.25, 50.55, 40),
       actor("خفر السواحل", "Bahraini Coast Guard", "Police Forces of Bahrain"), actor("خلية", "Iranian-backed cell", "Militants"), optional=True),
    ev("arrests", ("2015-07-15", "2015-07-25"), loc("Bahrain", "BH", None, None),
       actor("وزارة الداخلية البحرينية", "Police Forces of Bahrain", "Bahrain Ministry of Interior"), actor("Militants", "Iranian-backed cell"), optional=True),
]

C["ant-SK-middleEast-3789-20181009"] = [
    ev("abduction_forced_disappearance", ("2018-09-30", "2018-10-03"), loc("Istanbul (Saudi consulate)", "TR", 41.019389, 28.982586, 25),
       None, actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists", "Civilians"), optional=True),
]
C["snn-2f2f0232117c"] = []
C["snn-df14098fec77"] = [
    ev("government_regains_territory", ("2015-08-09", "2015-08-10"), loc("Aden region (Aden, Lahj, Dhale, Abyan)", "YE", 12.798744, 45.015277, 150),
       actor("الشرعية اليمنية", "Government of Yemen (2012-)", "Yemeni government forces", "Pro-Hadi forces"),
       actor("المتمردين الحوثيين", "قوات المخلوع علي عبدالله صالح", "Houthis", "Ansar Allah", "Saleh loyalists"), fatalities=[10, 99], optional=True),
    ev("air_drone_strike", ("2015-08-09", "2015-08-10"), loc("Iraq", "IQ", None, None),
       actor("التحالف الدولي", "International coalition", "US-led coalition"), actor("تنظيم داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("air_drone_strike", ("2015-08-09", "2015-08-10"), loc("Syria", "SY", None, None),
       actor("التحالف الدولي", "International coalition", "US-led coalition"), actor("تنظيم داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Turkey", "TR", None, None),
       None, actor("جنود", "Military Forces of Turkey", "Turkish soldiers"), fatalities=9, optional=True),
]
C["snn-3125333d1889"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-03", "2015-08-01"), loc("At Tuwal (Jazan)", "SA", 16.52942, 42.96762, 25),
       actor("الحوثي", "Houthis", "Ansar Allah"), actor("الفرقة الأولى للمجاهدين بالطوال", "Saudi Mujahideen border force", "Military Forces of Saudi Arabia"), injured=1, optional=True),
]
C["ant-SK-technology-1028-20180701"] = []
C["snn-4a6cbdff756e"] = []

C["snn-4c2bfc7484cc"] = []
C["snn-f7fc2c69edfc"] = []
C["ant-SK-internationalNews-945-20180416"] = [
    ev("abduction_forced_disappearance", ("2014-04-01", "2014-04-30"), loc("Chibok", "NG", 10.87, 12.85, 50),
       actor("بوكو حرام", "جماعة بوكو حرام", "Boko Haram"), actor("طالبة نيجيرية", "طالبات شيبوك", "Civilians", "Students", "Chibok schoolgirls"), optional=True),
]
JOINT = actor("القوات اليمنية المشتركة", "قوات المقاومة اليمنية المشتركة", "Yemeni joint forces", "Government of Yemen (2012-)", "Yemeni government forces", "Pro-Hadi forces")
HOU = actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "المتمردين", "Houthis", "Ansar Allah")
SLC = actor("التحالف العربي", "طائرات التحالف العربي", "قوات التحالف العربي", "Saudi-led coalition", "Arab Coalition")
C["ant-SK-middleEast-2416-20180616"] = [
    ev("armed_clash", ("2018-06-16", "2018-06-16"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25), JOINT, HOU),
    ev("government_regains_territory", ("2018-06-16", "2018-06-16"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25), JOINT, HOU, optional=True),
    ev("air_drone_strike", ("2018-06-15", "2018-06-16"), loc("Hodeidah (near the airport and university)", "YE", 14.78, 42.96, 25), SLC, HOU),
    ev("air_drone_strike", ("2018-06-15", "2018-06-16"), loc("Coastal road toward Ad Durayhimi", "YE", 14.63702, 43.05505, 30), SLC, HOU, optional=True),
]
C["snn-013908a3976d"] = [
    ev("attack", ("2015-07-23", "2015-07-25"), loc("Ain al-Hilweh camp", "LB", 33.54694, 35.38167, 25),
       actor("مسلحون اسلاميون متشددون", "مسلحون", "Islamist militants", "Unidentified gunmen"),
       actor("حركة فتح", "فتح", "طلال الأردني", "Fatah", "Talal al-Urduni"), fatalities=2),
    ev("armed_clash", ("2015-07-23", "2015-07-25"), loc("Ain al-Hilweh camp", "LB", 33.54694, 35.38167, 25),
       None, None, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-66.jsonl"))
