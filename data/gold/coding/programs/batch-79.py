import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["مليشيات الحوثي الإيرانية", "مليشيات الحوثي", "الحوثيين", "الميليشيا الحوثية", "Houthis", "Ansar Allah"]
COAL = ["التحالف العربي", "التحالف", "غارات التحالف", "Saudi-led coalition", "Arab Coalition"]
ISIS = ["داعش", "تنظيم داعش", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "Islamic State", "ISIS", "Daesh", "ISIL"]

C["ant-SK-internationalNews-1861-20180530"] = [
    ev("agreement", ("2018-05-29", "2018-05-29"), loc("Kashmir", "IN", 34.0, 74.5, 250),
       actor("الجيش الباكستاني", "Pakistan Army", "Military Forces of Pakistan", "باكستان"),
       actor("الجيش الهندي", "Indian Army", "Military Forces of India", "الهند"), optional=True),
]
C["ant-SK-middleEast-93-20180227"] = []
C["ant-SK-middleEast-3245-20180802"] = [
    ev("shelling_artillery_missile_attack", ("2018-08-02", "2018-08-02"), loc("Al Hudaydah", "YE", 14.7966, 42.9452, 25),
       actor(*HOUTHI), actor("المدنيين", "Civilians"), optional=True),
    ev("air_drone_strike", ("2018-08-02", "2018-08-02"), loc("Al Hudaydah", "YE", 14.7966, 42.9452, 25),
       actor(*COAL), actor("المدنيين", "Civilians"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-08-01"), loc("Bab al-Mandab / southern Red Sea", "YE", 12.9, 43.1, 150),
       actor(*HOUTHI), actor("ناقلات النفط السعودية", "Saudi oil tanker", "Saudi Arabia"), optional=True),
]
C["snn-3b587835602a"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Al-Sawaber, Kuwait City", "KW", 29.375, 47.985, 25),
       actor("الانتحاري السعودي فهد القباع", "الانتحاري", "تنظيم داعش", "داعش", "Islamic State", "ISIS"),
       actor("المصلين", "Civilians", "مسجد الإمام الصادق"), fatalities=26, injured=227, optional=True),
]
C["snn-e7ea56daf932"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-08"), loc("Latakia", "SY", 35.5317, 35.7901, 25),
       actor("المحتجون", "السوريين", "Protesters", "Protesters (Syria)"), None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-10"), loc("Latakia", "SY", 35.5317, 35.7901, 25),
       actor("المحتجون", "السوريين", "Protesters", "Protesters (Syria)"), None, optional=True),
]
C["snn-e8995e2fe134"] = [
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("northern Syria", "SY", 36.5, 37.1, 150),
       actor("متشددين آخرين", "Jabhat al-Nusra", "Nusra Front"),
       actor("مقاتلي المعارضة السورية", "القوات التي دربتها الولايات المتحدة", "New Syrian Force", "Division 30", "Syrian rebels"), optional=True),
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("northern Syria", "SY", 36.5, 37.1, 150),
       actor("الولايات المتحدة", "United States", "US-led coalition", "Military Forces of the United States"),
       actor("متشددين آخرين", "Jabhat al-Nusra", "Nusra Front"), optional=True),
]
C["ant-SK-sport-2075-20180708"] = []
C["ant-SK-middleEast-2334-20180612"] = [
    ev("peaceful_protest", ("2018-06-10", "2018-06-12"), loc("Jerusalem (PM residence)", "IL", 31.7767, 35.2345, 25),
       actor("مجموعة من المحتجين", "المحتجين", "Protesters", "Protesters (Israel)"), None),
]
C["ant-SK-middleEast-544-20180325"] = [
    ev("attack", ("2017-02-01", "2017-04-30"), loc("Lod", "IL", 31.9516, 34.8953, 25),
       actor("مالك سعدة", "فلسطيني", "Palestinian"), actor("ريفيتال دانينو", "امرأة إسرائيلية", "Civilians", "Civilians (Israel)"),
       fatalities=0, injured=1, optional=True),
]
C["ant-SK-internationalNews-1946-20180603"] = []
IQARMY = ["طيران الجيش", "القوة الجوية", "قيادة الفرقة الثامنة", "خلية الإعلام الحربي", "Iraqi Army", "Iraqi Air Force", "Military Forces of Iraq", "Iraqi security forces"]
C["snn-830c42536105"] = [
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), loc("Al-Husaybah (east of Ramadi)", "IQ", 33.4207, 43.4533, 25),
       actor(*IQARMY), actor(*ISIS)),
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), loc("Al-Malahima (east of Ramadi)", "IQ", 33.43, 43.40, 30),
       actor(*IQARMY), actor(*ISIS)),
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), loc("Albu Alwan (east of Ramadi)", "IQ", 33.43, 43.45, 40),
       actor(*IQARMY), actor(*ISIS)),
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), loc("east of Ramadi", "IQ", 33.42, 43.40, 30),
       actor(*IQARMY), actor(*ISIS), fatalities=52, injured=58, optional=True),
]
C["snn-c2cee9920f73"] = []

C["snn-f892a4d518b6"] = []
C["snn-c35a0678ecf3"] = []
C["ant-SK-internationalNews-2515-20180706"] = []
C["snn-96382818ca95"] = []
C["snn-ea0a3a11576a"] = []
C["ant-SK-internationalNews-515-20180322"] = [
    ev("attack", ("2018-03-21", "2018-03-21"), loc("Bulacan province", "PH", 14.8443, 120.8114, 100),
       actor("الشرطة الفلبينية", "جنودنا", "Philippine National Police", "Police Forces of the Philippines"),
       actor("تجار مخدرات", "مشتبه فيهم", "Civilians", "Drug suspects"), fatalities=13, optional=True),
    ev("armed_clash", ("2018-03-21", "2018-03-21"), loc("Bulacan province", "PH", 14.8443, 120.8114, 100),
       actor("الشرطة الفلبينية", "جنودنا", "Philippine National Police", "Police Forces of the Philippines"),
       actor("تجار مخدرات", "مشتبه فيهم", "Drug suspects"), fatalities=13, optional=True),
]
C["snn-7dee2e34230b"] = []
YJF = ["القوات اليمنية المشتركة", "القوات المشتركة", "Yemeni joint forces", "Military Forces of Yemen", "Government of Yemen", "Yemeni government forces"]
HODAIR = loc("Hodeidah airport", "YE", 14.753, 42.976, 25)
C["ant-SK-middleEast-2423-20180616"] = [
    ev("air_drone_strike", ("2018-06-16", "2018-06-16"), HODAIR,
       actor("غارات للتحالف العربي", "مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor("ميليشيات الحوثي الإيرانية", "مسلحي ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), fatalities=31),
    ev("armed_clash", ("2018-06-16", "2018-06-16"), HODAIR,
       actor(*YJF), actor("ميليشيات الحوثي الإيرانية", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("government_regains_territory", ("2018-06-16", "2018-06-16"), HODAIR,
       actor(*YJF), actor("ميليشيات الحوثي الإيرانية", "الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-CN-internationalNews-188-20180327"] = []
C["snn-f92ce9ede704"] = []
C["ant-CN-middleEast-571-20180411"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       None, actor("المدنيين", "Civilians", "Civilians (Syria)"), fatalities=[43, 70], injured=[430, 550]),
]
C["snn-b34c4e8b123a"] = []
C["ant-SK-middleEast-1119-20180419"] = []
BPROT = ["المتظاهرون", "المحتجون", "Protesters", "Protesters (Iraq)"]
C["ant-SK-middleEast-2858-20180712"] = [
    ev("peaceful_protest", ("2018-07-10", "2018-07-12"), loc("Basra", "IQ", 30.533, 47.7975, 25), actor(*BPROT), None),
    ev("peaceful_protest", ("2018-07-10", "2018-07-12"), loc("Shalamcheh crossing road", "IQ", 30.5241, 47.8534, 25), actor(*BPROT), None),
    ev("peaceful_protest", ("2018-07-10", "2018-07-12"), loc("North Rumaila oil field", "IQ", 30.55, 47.32, 40), actor(*BPROT), None),
    ev("protest_with_intervention", ("2018-07-10", "2018-07-12"), loc("west of Al Qurnah", "IQ", 31.0155, 47.4336, 25),
       actor(*BPROT), actor("قوات الأمن العراقي", "Iraqi security forces", "Police Forces of Iraq"), injured=[2, 99]),
    ev("violent_demonstration", ("2018-07-10", "2018-07-12"), loc("west of Al Qurnah", "IQ", 31.0155, 47.4336, 25),
       actor(*BPROT), actor("قوات الأمن العراقي", "Iraqi security forces", "Police Forces of Iraq"), injured=[2, 99], optional=True),
]
C["snn-4b5c44149c78"] = []
C["snn-1df0ef552ba9"] = []
C["snn-cbe4fa74e7ff"] = []
C["snn-b69aa20ac31a"] = [
    ev("air_drone_strike", ("2015-07-19", "2015-07-20"), loc("off Al-Marisa, near Benghazi", "LY", 32.1083, 20.0, 40),
       actor("الجيش الليبي", "القوات الجوية", "جيش الحكومة المعترف بها دوليا", "Libyan National Army", "LNA", "Military Forces of Libya", "Haftar"),
       actor("مقاتلين", "الإرهاب"), ),
]

C["ant-CN-internationalNews-682-20181010"] = []
C["snn-15ad7b9d44f2"] = []
C["snn-90794b4d7594"] = []
C["snn-c2db52a32efa"] = [
    ev("air_drone_strike", ("2015-07-22", "2015-07-27"), loc("northern Iraq (Kurdish positions)", "IQ", 36.6, 44.6, 150),
       actor("تركيا", "Turkey", "Military Forces of Turkey", "Turkish Air Force"), actor("الاكراد", "PKK", "Kurdistan Workers' Party"), optional=True),
]
C["ant-CN-middleEast-584-20180412"] = [
    ev("chemical_weapon", ("2018-04-03", "2018-04-11"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       actor("النظام السوري", "Syrian government forces", "Military Forces of Syria"), actor("Civilians", "المدنيين"), optional=True),
]
C["ant-CN-middleEast-1172-20180810"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada", "YE", 16.9402, 43.7639, 25),
       actor("تحالف دعم الشرعية في اليمن", "التحالف", "قوات التحالف", "Saudi-led coalition", "Arab Coalition"),
       actor("أطفالا", "المدنيين", "Civilians", "Civilians (Yemen)")),
    ev("shelling_artillery_missile_attack", ("2018-08-09", "2018-08-10"), loc("Saada", "YE", 16.9402, 43.7639, 50),
       actor("الميليشيا الحوثية التابعة لإيران", "الميليشيا الحوثية", "Houthis", "Ansar Allah"), None, optional=True),
]
C["ant-SK-internationalNews-433-20180318"] = []
REG = ["عناصر قوات النظام السوري", "قوات النظام", "قوات النظام السوري", "Syrian government forces", "Military Forces of Syria", "Syrian Army"]
C["ant-SK-middleEast-1965-20180527"] = [
    ev("arrests", ("2018-05-25", "2018-05-27"), loc("Babila", "SY", 33.471, 36.3308, 25),
       actor("الشرطة العسكرية الروسية", "القوات الروسية", "Russian military police", "Military Forces of Russia"), actor(*REG)),
    ev("looting_property_destruction", ("2018-05-25", "2018-05-27"), loc("Babila", "SY", 33.471, 36.3308, 25),
       actor(*REG), actor("المدنيين", "Civilians", "Civilians (Syria)")),
    ev("looting_property_destruction", ("2018-05-13", "2018-05-27"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 30),
       actor(*REG), actor("المدنيين", "Civilians", "Civilians (Syria)"), optional=True),
]
C["snn-b55eff1cd8e5"] = []
C["ant-CN-internationalNews-556-20180902"] = [
    ev("attack", ("2018-08-31", "2018-08-31"), loc("Amsterdam Central Station", "NL", 52.3791, 4.9003, 25),
       None, actor("Civilians", "شخصين"), injured=2, optional=True),
    ev("attack", ("2018-08-26", "2018-08-30"), loc("northern Germany", "DE", None, None),
       None, actor("رجل سوري", "Civilians", "Syrian refugee"), injured=1, optional=True),
    ev("peaceful_protest", ("2018-08-26", "2018-09-01"), loc("Chemnitz", "DE", 50.8333, 12.9167, 25),
       actor("تظاهرات معادية للمهاجرين", "Protesters", "Protesters (Germany)"), None, optional=True),
]
C["ant-SK-economy-1085-20180801"] = []
HOU = ["ميليشيات الحوثي الموالية لإيران", "ميليشيات الحوثي", "مليشيا الحوثي", "الحوثيين", "Houthis", "Ansar Allah"]
GOV = ["القوات الحكومية", "Yemeni government forces", "Military Forces of Yemen", "Government of Yemen"]
RES = ["المقاومة اليمنية المشتركة", "المقاومة", "Yemeni joint forces", "Popular Resistance", "Military Forces of Yemen"]
CO = ["مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
D = ("2018-08-17", "2018-08-19")
C["ant-SK-middleEast-3465-20180819"] = [
    ev("government_regains_territory", D, loc("Baqim district (Jabal al-Ghurra, Baqim quarry)", "YE", 17.3971, 43.4774, 30),
       actor(*GOV), actor(*HOU), fatalities=[6, 99]),
    ev("armed_clash", D, loc("Baqim district (Jabal al-Ghurra, Baqim quarry)", "YE", 17.3971, 43.4774, 30),
       actor(*GOV), actor(*HOU), fatalities=[6, 99], optional=True),
    ev("air_drone_strike", D, loc("Al-Suwayq, Al-Tuhayta", "YE", 14.15, 43.2, 30), actor(*CO), actor(*HOU)),
    ev("air_drone_strike", D, loc("Al-Husayniyah, Bayt al-Faqih", "YE", 14.7266, 43.3036, 25), actor(*CO), actor(*HOU)),
    ev("air_drone_strike", D, loc("east of Al-Jah", "YE", 14.40, 43.22, 30), actor(*CO), actor(*HOU)),
    ev("air_drone_strike", D, loc("west coast (several areas)", "YE", 14.4, 43.2, 60), actor(*CO), actor(*HOU), fatalities=48, optional=True),
    ev("armed_clash", D, loc("Al-Jabaliyah, Al-Tuhayta", "YE", 14.1, 43.15, 30), actor(*RES), actor(*HOU)),
    ev("government_regains_territory", D, loc("Ad Durayhimi", "YE", 14.637, 43.0551, 25), actor(*RES), actor(*HOU), optional=True),
]

C["snn-2f63c39f8f14"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Emergency Forces mosque, Asir (Abha)", "SA", 18.2409, 42.5701, 100),
       actor("المفجرون", "الفكر الداعشي", "Islamic State", "ISIS", "داعش"),
       actor("قوات الطوارىء", "رجال الأمن", "Saudi Emergency Forces", "Police Forces of Saudi Arabia", "Military Forces of Saudi Arabia")),
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), loc("Emergency Forces mosque, Asir (Abha)", "SA", 18.2409, 42.5701, 100),
       actor("المفجرون", "الفكر الداعشي", "Islamic State", "ISIS", "داعش"),
       actor("قوات الطوارىء", "رجال الأمن", "Saudi Emergency Forces", "Police Forces of Saudi Arabia"), optional=True),
]
C["snn-b77e221b60ae"] = []
HS = ["الحوثيين", "قوات الحوثيين", "مليشيات الحوثي وصالح", "ميليشيا الحوثي وصالح", "ميليشيات الحوثي", "مسلحي الحوثي", "قوات علي عبدالله صالح", "قوات صالح",
      "ميليشيات الرئيس المخلوع علي عبدالله صالح والحوثي", "Houthis", "Ansar Allah", "Saleh loyalists", "Forces loyal to Ali Abdullah Saleh"]
LOY = ["القوات الموالية للشرعية", "قوات الجيش الوطني", "المقاومة الشعبية", "الجيش الوطني", "Popular Resistance", "Military Forces of Yemen", "Government of Yemen", "Yemeni government forces"]
RS = ["المقاومة الشعبية", "المقاومة", "القوات الداعمة للشرعية", "مقاتلو دعم الشرعية", "Popular Resistance", "Yemeni government forces", "Military Forces of Yemen"]
CAIR = ["طيران التحالف", "طائرات التحالف", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
D3 = ("2015-08-08", "2015-08-10")
C["snn-676d299423f8"] = [
    ev("non_violent_transfer_of_territory", D3, loc("Zinjibar (and 15th Infantry Brigade)", "YE", 13.1287, 45.3807, 25), actor(*LOY), actor(*HS)),
    ev("government_regains_territory", D3, loc("Zinjibar (and 15th Infantry Brigade)", "YE", 13.1287, 45.3807, 25), actor(*LOY), actor(*HS), optional=True),
    ev("government_regains_territory", D3, loc("Al Kawd", "YE", 13.0886, 45.3647, 25), actor(*LOY), actor(*HS)),
    ev("government_regains_territory", D3, loc("Dofas", "YE", 13.07, 45.33, 30), actor(*LOY), actor(*HS)),
    ev("air_drone_strike", D3, loc("Al Kawd / Dofas (Abyan)", "YE", 13.08, 45.35, 30), actor(*CAIR), actor(*HS), optional=True),
    ev("government_regains_territory", ("2015-08-08", "2015-08-08"), loc("Hazm al-Udayn district", "YE", 14.1193, 43.9218, 30), actor(*RS), actor(*HS)),
    ev("government_regains_territory", ("2015-08-09", "2015-08-09"), loc("Al-Nadirah district", "YE", 14.0963, 44.4756, 30), actor(*RS), actor(*HS)),
    ev("government_regains_territory", ("2015-08-09", "2015-08-09"), loc("Al-Qafr district (Ibb)", "YE", 14.28, 44.05, 40), actor(*RS), actor(*HS)),
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), loc("Ar Radmah district", "YE", 14.2197, 44.5866, 30), actor(*CAIR), actor(*HS)),
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Jabal Sabir (Taiz)", "YE", 13.53, 44.03, 25), actor(*RS), actor(*HS)),
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Al-Dhabab (SW of Taiz)", "YE", 13.52, 43.95, 25), actor(*RS), actor(*HS)),
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Taiz (Jabal Sabir and Al-Dhabab)", "YE", 13.5783, 44.0177, 25), actor(*RS), actor(*HS),
       fatalities=25, injured=57, optional=True),
    ev("armed_clash", D3, loc("Taiz", "YE", 13.5783, 44.0177, 25), actor(*RS), actor(*HS), optional=True),
    ev("shelling_artillery_missile_attack", D3, loc("Taiz", "YE", 13.5783, 44.0177, 25), actor(*HS),
       actor("المدنيين", "مدنيين", "Civilians", "Civilians (Yemen)"), fatalities=8, injured=17),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Mas front, Majzar district (Marib)", "YE", 15.8151, 45.0892, 25), actor(*HS), actor(*RS),
       fatalities=[15, 18], injured=[4, 101]),
    ev("air_drone_strike", D3, loc("near Mafraq al-Jawf (Marib)", "YE", 15.7, 45.2, 50), actor(*CAIR), actor(*HS)),
    ev("air_drone_strike", D3, loc("Mas (Marib)", "YE", 15.8151, 45.0892, 25), actor(*CAIR), actor(*HS)),
]
C["snn-582b71a96f8f"] = [
    ev("attack", ("2015-07-22", "2015-07-22"), loc("Birqin", "PS", 32.4542, 35.2604, 25),
       actor("قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "Israeli forces", "Military Forces of Israel", "IDF"),
       actor("محمد علاونة", "السكان", "Civilians", "Civilians (Palestine)", "Palestinians"), fatalities=1),
    ev("violent_demonstration", ("2015-07-22", "2015-07-22"), loc("Birqin", "PS", 32.4542, 35.2604, 25),
       actor("السكان", "Rioters", "Rioters (Palestine)", "Palestinians"),
       actor("قوات الاحتلال الإسرائيلي", "Israeli forces", "Military Forces of Israel"), fatalities=1, optional=True),
]
C["snn-862a40114c3f"] = [
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), loc("near Ramadi", "IQ", 33.4206, 43.3078, 25),
       actor("قوات التحالف الدولي", "التحالف الدولي", "US-led coalition", "Global Coalition against Daesh", "CJTF-OIR"), actor(*ISIS)),
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), loc("near Tuz Khurmatu", "IQ", 34.8881, 44.6326, 25),
       actor("قوات التحالف الدولي", "التحالف الدولي", "US-led coalition", "Global Coalition against Daesh", "CJTF-OIR"), actor(*ISIS)),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("near Ayn al-Arab (Kobani)", "SY", 36.891, 38.3535, 25),
       actor("قوات التحالف الدولي", "التحالف الدولي", "US-led coalition", "Global Coalition against Daesh", "CJTF-OIR"), actor(*ISIS)),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Syria (other targets)", "SY", None, None),
       actor("قوات التحالف الدولي", "التحالف الدولي", "US-led coalition"), actor(*ISIS), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-79.jsonl"))
