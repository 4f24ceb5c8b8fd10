import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيا الانقلاب الحوثية", "الميليشيات الحوثية الانقلابية", "ميليشيات الحوثي", "Houthis", "Ansar Allah"]
COAL = ["طائرات تحالف دعم الشرعية", "طائرات التحالف", "قوات التحالف العربي لدعم الشرعية", "تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition"]
ISIS = ["داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh", "ISIL"]

C["ant-SK-internationalNews-2888-20180803"] = []
C["ant-SK-middleEast-3576-20180908"] = [
    ev("air_drone_strike", ("2018-09-07", "2018-09-08"), loc("Al-Amshiya, As Safra district, Saada", "YE", 16.79, 43.82, 30),
       actor(*COAL), actor(*HOUTHI)),
    ev("air_drone_strike", ("2018-09-07", "2018-09-07"), loc("Jabal Anam, Sahar district, Saada", "YE", 16.88, 43.69, 30),
       actor(*COAL), actor(*HOUTHI, "الخبراء"), fatalities=[2, 99]),
]
C["snn-3a96efbfe0a3"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-03", "2015-08-09"), loc("Korean DMZ", "KR", 37.95, 126.85, 150),
       actor("كوريا الشمالية", "بيونجيانج", "جنودا من كوريا الشمالية", "North Korea", "North Korean military"),
       actor("الجيش الكوري الجنوبي", "South Korean military", "South Korea"), injured=2, optional=True),
]
C["snn-c29ed21965a5"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor(*ISIS), actor("Civilians", "المدنيين")),
]
C["ant-CN-middleEast-357-20180324"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-24", "2018-03-24"), loc("Sidi Gaber, Alexandria", "EG", 31.22, 29.94, 25),
       None, actor("Egyptian police", "الشرطة", "أفراد الشرطة", "مدير أمن الإسكندرية", "Police Forces of Egypt"), fatalities=1, injured=4),
]
C["snn-3dc72ee2a1e8"] = []

C["ant-SK-internationalNews-1471-20180509"] = []
C["snn-4fa1ff1a5c4a"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Asir emergency forces mosque, Abha", "SA", 18.24, 42.57, 50),
       None, actor("قوات الطوارئ الخاصة", "رجال الطوارئ", "Saudi Special Emergency Forces", "Saudi security forces"), optional=True),
]
C["snn-dba29c2cb5f7"] = []
C["ant-SK-internationalNews-1303-20180501"] = [
    ev("peaceful_protest", ("2018-05-01", "2018-05-01"), loc("Yerevan", "AM", 40.18, 44.51, 25),
       actor("أنصار باشينيان", "أتصاره", "المعارضة الأرمينية", "نيكول باشينيان", "Protesters", "Armenian opposition", "Nikol Pashinyan"), None),
]
C["ant-SK-middleEast-1505-20180508"] = [
    ev("government_regains_territory", ("2018-05-06", "2018-05-08"), loc("Hayran district, Hajjah", "YE", 16.25, 43.05, 30),
       actor("قوات الشرعية اليمنية", "القوات الشرعية", "Yemeni government forces", "Forces of Hadi", "التحالف العربي", "Saudi-led coalition"),
       actor("ميليشيات الحوثي", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2018-05-06", "2018-05-08"), loc("Hayran district, Hajjah", "YE", 16.25, 43.05, 30),
       actor("القوات الشرعية", "Yemeni government forces", "Forces of Hadi"), actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"),
       fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("air_drone_strike", ("2018-05-06", "2018-05-08"), loc("Hajjah governorate", "YE", 16.09, 43.26, 100),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"), optional=True),
    ev("government_regains_territory", ("2018-05-01", "2018-05-08"), loc("Midi", "YE", 16.32, 42.81, 25),
       actor("قوات الشرعية اليمنية", "القوات الشرعية", "Yemeni government forces", "Forces of Hadi"), actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-35be9b828ad3"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-30"), loc("Najran", "SA", 17.49, 44.13, 25),
       None, actor("Civilians", "مقيمين", "مقيمَين", "residents"), injured=2),
]

C["ant-SK-internationalNews-2180-20180617"] = []
GOVY = ["القوات الشرعية", "قوات الجيش اليمني", "Yemeni government forces", "Forces of Hadi"]
GIANTS = ["ألوية العمالقة", "قوات الألوية", "العمالقة", "القوات اليمنية المشتركة", "Giants Brigades", "Al-Amalika", "Yemeni government forces"]
HOU = ["ميليشيات الحوثي", "ميلشيات الحوثي", "المتمردين الحوثيين", "الحوثيين", "الانقلابيون", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-2852-20180712"] = [
    ev("armed_clash", ("2018-07-11", "2018-07-12"), loc("Zabid - Bayt al-Faqih triangle", "YE", 14.25, 43.32, 30),
       actor(*GIANTS), actor(*HOU)),
    ev("air_drone_strike", ("2018-07-11", "2018-07-12"), loc("Zabid - Bayt al-Faqih triangle", "YE", 14.25, 43.32, 30),
       actor("مقاتلات التحالف العربي", "التحالف", "Saudi-led coalition", "Arab Coalition"), actor(*HOU), fatalities=[2, 99], injured=[0, 99]),
    ev("shelling_artillery_missile_attack", ("2018-07-10", "2018-07-12"), loc("Al-Rabsa, south Hodeidah city", "YE", 14.78, 42.96, 25),
       actor(*HOU), actor("Civilians", "سكان الأحياء", "الأحياء السكنية"), fatalities=0),
    ev("government_regains_territory", ("2018-07-10", "2018-07-12"), loc("Shada'a district, Saada", "YE", 16.89, 43.19, 30),
       actor(*GOVY), actor(*HOU)),
    ev("government_regains_territory", ("2018-07-10", "2018-07-12"), loc("Dhahir district, Saada", "YE", 16.89, 43.38, 30),
       actor(*GOVY), actor(*HOU)),
    ev("shelling_artillery_missile_attack", ("2018-07-10", "2018-07-12"), loc("Shada'a district, Saada", "YE", 16.89, 43.19, 30),
       actor("قوات التحالف", "Saudi-led coalition", "Arab Coalition"), actor(*HOU)),
    ev("armed_clash", ("2018-07-11", "2018-07-12"), loc("Nihm district, Sanaa", "YE", 15.74, 44.54, 30),
       actor(*GOVY), actor(*HOU)),
]
C["snn-57c3384091dc"] = []
PKK = ["حزب العمال الكردستاني", "الكردستاني", "المتمردين الأكراد", "PKK", "Kurdistan Workers' Party"]
C["snn-c33e8eaaab17"] = [
    ev("armed_clash", ("2015-08-05", "2015-08-05"), loc("Cinar, Diyarbakir", "TR", 37.725, 40.414, 25),
       actor(*PKK, "مسلحون"), actor("الشرطة التركية", "أفراد الشرطة", "Turkish police", "Police Forces of Turkey"), fatalities=[1, 4]),
    ev("attack", ("2015-08-05", "2015-08-05"), loc("Cinar, Diyarbakir", "TR", 37.725, 40.414, 25),
       actor(*PKK, "مسلحون"), actor("Civilians", "مدني"), fatalities=[1, 4], optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Cizre", "TR", 37.33, 42.19, 25),
       actor(*PKK), actor("قوات الأمن", "Turkish security forces", "Turkish police"), fatalities=1),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians", "المدنيين"), optional=True),
]
C["snn-47f1d57ba1ab"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Special Emergency Forces HQ mosque, Abha", "SA", 18.24, 42.57, 25),
       actor("تنظيم داعش", "داعش", "الانتحاري", "Islamic State", "ISIS", "Daesh"),
       actor("قوات الطوارئ الخاصة", "رجال الأمن", "Saudi Special Emergency Forces", "Saudi security forces"), fatalities=15),
    ev("arrests", ("2015-08-06", "2015-08-06"), loc("Abha", "SA", 18.24, 42.57, 100),
       actor("السلطات الأمنية السعودية", "Saudi security forces", "Police Forces of Saudi Arabia"), actor("مشتبه به", "suspect"), optional=True),
]
C["ant-CN-internationalNews-554-20180902"] = []

C["snn-dcc4cae293ef"] = []
C["snn-d58a3ea3523d"] = []
PROT = ["متظاهرون", "المتظاهرين", "مئات العراقيين", "Protesters", "Iraqi protesters"]
C["ant-SK-middleEast-2873-20180714"] = [
    ev("peaceful_protest", ("2018-07-14", "2018-07-14"), loc("Safwan border crossing, Basra", "IQ", 30.116, 47.716, 25),
       actor(*PROT, "مظاهرة"), None),
    ev("violent_demonstration", ("2018-07-13", "2018-07-13"), loc("Najaf airport", "IQ", 31.99, 44.33, 25),
       actor(*PROT), None),
    ev("violent_demonstration", ("2018-07-12", "2018-07-14"), loc("Najaf (Kataib Hezbollah HQ, politicians' houses)", "IQ", 31.99, 44.33, 25),
       actor(*PROT, "ناشطون"), actor("كتائب حزب الله", "Kataib Hezbollah"), optional=True),
    ev("violent_demonstration", ("2018-07-12", "2018-07-14"), loc("Maysan governorate (Amarah)", "IQ", 31.84, 47.145, 100),
       actor(*PROT), actor("حزب الدعوة", "تيار الحكمة", "المجلس الأعلى", "Dawa Party", "Hikma Movement", "Islamic Supreme Council of Iraq")),
    ev("protest_with_intervention", ("2018-07-07", "2018-07-14"), loc("Maysan governorate (Amarah)", "IQ", 31.84, 47.145, 100),
       actor(*PROT, "متظاهر"), actor("أجهزة الأمن", "Iraqi security forces", "Police Forces of Iraq"), fatalities=1, optional=True),
    ev("peaceful_protest", ("2018-07-07", "2018-07-09"), loc("Basra", "IQ", 30.533, 47.797, 25),
       actor(*PROT), None, optional=True),
]
C["ant-SK-middleEast-697-20180401"] = [
    ev("agreement", ("2018-03-30", "2018-04-01"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor("مسلحي المعارضة السورية", "هيئة المفاوضات التابعة للمعارضة", "الفصيل المسلح الرئيسي الذي يسيطر على دوما", "Syrian opposition", "Jaysh al-Islam"),
       actor("الجانب الروسي", "الروس", "Russia", "Russian military")),
    ev("air_drone_strike", ("2018-03-30", "2018-04-01"), loc("Ariha, Idlib", "SY", 35.814, 36.61, 25),
       None, actor("Civilians", "مهجري الغوطة الشرقية", "المهجرين"), fatalities=12, injured=[10, 99]),
    ev("air_drone_strike", ("2018-03-30", "2018-04-01"), loc("Idlib countryside", "SY", 35.79, 36.68, 100),
       None, actor("مركز الدفاع المدني", "Syrian Civil Defence", "White Helmets", "Civilians"), optional=True),
]
C["ant-SK-middleEast-883-20180409"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.572, 36.403, 25),
       None, actor("Civilians", "الشعب السوري"), fatalities=[10, 99]),
]
C["snn-22918ab306bd"] = []

C["snn-86087b790fdf"] = []
C["ant-SK-internationalNews-2463-20180703"] = [
    ev("arrests", ("2018-07-01", "2018-07-03"), loc("Schiphol Airport", "NL", 52.31, 4.76, 25),
       actor("السلطات الهولندية", "Dutch authorities", "Police Forces of the Netherlands"),
       actor("مقاتلان إرهابيان", "الهولنديان", "تنظيم داعش", "Islamic State", "ISIS")),
]
C["ant-SK-internationalNews-1465-20180509"] = [
    ev("protest_with_intervention", ("2018-05-01", "2018-05-01"), loc("Turkey", "TR", None, None),
       actor("Protesters", "احتجاجات عيد العمال"), actor("Turkish police", "Police Forces of Turkey"), optional=True),
]
C["snn-cad230de6570"] = []
HOU2 = ["ميليشيات الحوثي", "الحوثيون", "الحوثيين", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-324-20180315"] = [
    ev("disrupted_weapons_use", ("2017-12-01", "2017-12-31"), loc("Riyadh", "SA", 24.70, 46.82, 40),
       actor("السعودية", "Saudi Arabia", "Saudi air defences"), actor(*HOU2), optional=True),
    ev("shelling_artillery_missile_attack", ("2017-10-01", "2017-10-31"), loc("Al-Jaradiya, Samtah, Jazan", "SA", 16.587, 42.915, 25),
       actor(*HOU2), None, optional=True),
]
C["snn-830b5865ced0"] = []

C["snn-478994e86266"] = []
AQAP = ["تنظيم القاعدة", "القاعدة", "مقاتلي التنظيم", "المتشددين", "Al-Qaeda in the Arabian Peninsula", "AQAP", "Al-Qaeda"]
C["snn-9d4db2958667"] = [
    ev("looting_property_destruction", ("2015-04-01", "2015-08-02"), loc("Daw'an district, Hadramawt", "YE", 15.06, 48.33, 30),
       actor(*AQAP), actor("إدارة أمن المديرية", "Yemeni police"), optional=True),
    ev("attack", ("2015-04-01", "2015-08-02"), loc("Mukalla", "YE", 14.542, 49.124, 25),
       actor("الحسبة", *AQAP), actor("أحد الإعلاميين", "Journalists", "Civilians"), optional=True),
    ev("attack", ("2015-07-26", "2015-08-02"), loc("Al-Suwairi checkpoint, Wadi Hadramawt", "YE", 15.94, 48.79, 75),
       actor("جنود", "المنطقة العسكرية الأولى", "First Military Region", "Military Forces of Yemen"), actor("Civilians", "أحد المواطنين"),
       fatalities=1, optional=True),
]
C["snn-2ed5f4d58bb7"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Special Emergency Forces mosque, Abha", "SA", 18.24, 42.57, 25),
       None, actor("قوة الطوارئ الخاصة", "شهداء الواجب", "Saudi Special Emergency Forces", "Saudi security forces"), optional=True),
]
C["ant-SK-middleEast-80-20180226"] = [
    ev("non_state_actor_overtakes_territory", ("2018-02-25", "2018-02-26"), loc("Afrin border strip", "SY", 36.6, 36.8, 45),
       actor("الجيش التركي", "Turkish military", "Military Forces of Turkey", "Turkey"),
       actor("وحدات حماية الشعب الكردية", "المقاتلين الأكراد", "YPG", "People's Protection Units")),
]
C["snn-ce3b670a87f5"] = [
    ev("government_regains_territory", ("2015-08-01", "2015-08-03"), loc("Al-Anad air base, Lahij", "YE", 13.18, 44.77, 25),
       actor("قوات المقاومة الشعبية", "المقاومة الشعبية", "قوات اللواء حزم واحد", "Popular Resistance", "Yemeni government forces"),
       actor("الميليشيات الحوثية", "Houthis", "Ansar Allah")),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), loc("Al-Anad air base, Lahij", "YE", 13.18, 44.77, 25),
       actor("طيران التحالف", "Saudi-led coalition", "Arab Coalition"), actor("الميليشيات الحوثية", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2015-08-01", "2015-08-03"), loc("Al-Anad air base, Lahij", "YE", 13.18, 44.77, 25),
       actor("قوات المقاومة الشعبية", "المقاومة الشعبية", "قوات اللواء حزم واحد", "Popular Resistance", "Yemeni government forces"),
       actor("الميليشيات الحوثية", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-internationalNews-2693-20180717"] = []

C["ant-CN-middleEast-430-20180330"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-19", "2018-03-29"), loc("Riyadh", "SA", 24.70, 46.82, 40),
       actor("الحوثيين", "Houthis", "Ansar Allah"), None, optional=True),
]
C["snn-247d5afa1ce0"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-07-26"), loc("Najran", "SA", 17.49, 44.13, 25),
       actor("المتمردون الحوثيون", "الحوثيون", "Houthis", "Ansar Allah"), actor("Civilians", "فتاة وطفلين", "منزل أحد المواطنين"), injured=3),
]
C["ant-SK-internationalNews-1674-20180520"] = []
C["snn-1593f0927506"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Kilis border outpost", "TR", 36.716, 37.115, 30),
       actor("تنظيم داعش", "داعش", "عناصر من داعش", "Islamic State", "ISIS", "Daesh"),
       actor("الجيش التركي", "Turkish military", "Military Forces of Turkey"), fatalities=2, injured=2),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians"), optional=True),
]
C["ant-SK-middleEast-309-20180315"] = []
C["ant-SK-internationalNews-2788-20180723"] = []

LNA = ["الجيش الليبي", "قوات الجيش", "القوات المسلحة الليبية", "غرفة عمليات عمر المختار", "Libyan National Army", "LNA", "Haftar forces"]
DMSC = ["مجلس شورى مجاهدي درنة", "مسلحي ما يعرف بمجلس شورى مجاهدي درنة", "مجلس شورى المجاهدين", "Mujahideen Shura Council of Derna", "DMSC"]
C["ant-SK-middleEast-1724-20180515"] = [
    ev("government_regains_territory", ("2018-05-13", "2018-05-15"), loc("Dhahr al-Hamar and Al-Hila, Derna", "LY", 32.767, 22.637, 25),
       actor(*LNA), actor(*DMSC)),
    ev("government_regains_territory", ("2018-05-13", "2018-05-15"), loc("Al-Hila / Bu Rbeiha houses, Derna", "LY", 32.767, 22.637, 25),
       actor(*LNA), actor(*DMSC), optional=True),
    ev("armed_clash", ("2018-05-13", "2018-05-15"), loc("Martouba axis, Derna", "LY", 32.67, 22.70, 25),
       actor(*LNA), actor(*DMSC)),
    ev("air_drone_strike", ("2018-05-13", "2018-05-15"), loc("Derna", "LY", 32.767, 22.637, 25),
       actor("سلاح الجو الليبي", "Libyan National Army", "LNA", "Libyan Air Force"), actor(*DMSC)),
]
C["snn-09ff4ae62e39"] = [
    ev("government_regains_territory", ("2015-08-04", "2015-08-06"), loc("Lahij governorate (Al-Houta)", "YE", 13.057, 44.882, 100),
       actor("المقاومة الشعبية", "المنطقة العسكرية الرابعة", "الجيش الوطني", "Popular Resistance", "Yemeni government forces"),
       actor("الحوثيين", "المتمردين الحوثيين", "الميليشيات", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-e2e6b0e879ae"] = [
    ev("armed_clash", ("2015-08-01", "2015-08-03"), loc("near Bama, Borno", "NG", 11.52, 13.69, 50),
       actor("الجيش النيجيري", "Nigerian army", "Military Forces of Nigeria"), actor("بوكو حرام", "جماعة بوكو حرام", "Boko Haram"), optional=True),
]
C["snn-fddfbb28b83f"] = []
C["ant-SK-economy-333-20180411"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-84.jsonl"))
