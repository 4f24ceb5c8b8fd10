import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

IDF = actor("Israeli army", "IDF", "Israeli forces", "الجيش الإسرائيلي", "الاحتلال", "جنود إسرائيليون")
ISIS = actor("Islamic State", "ISIS", "IS", "Daesh", "داعش", "تنظيم داعش")

C["ant-SK-middleEast-2172-20180605"] = [
    ev("excessive_force_against_protesters", ("2018-06-01", "2018-06-01"),
       loc("Khuza'a, east of Khan Younis", "PS", 31.3056, 34.3568, 25),
       actor("Protesters", "Palestinian protesters", "متظاهرين", "المتظاهرين", "رزان النجار", "Civilians"),
       IDF, fatalities=1, injured=[0, 100]),
    ev("attack", ("2018-06-01", "2018-06-01"),
       loc("Khuza'a, east of Khan Younis", "PS", 31.3056, 34.3568, 25),
       IDF, actor("Civilians", "Palestinian civilians", "المسعفة", "رزان النجار", "Medics"),
       fatalities=1, injured=[0, 100], optional=True),
]
C["ant-SK-middleEast-583-20180327"] = []
C["ant-SK-technology-281-20180330"] = []
C["snn-f67993e624fa"] = []
C["snn-91678d23efce"] = [
    ev("air_drone_strike", ("2015-07-21", "2015-07-21"),
       loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("Libyan army", "Libyan National Army", "LNA", "الجيش الليبي", "طائرات الجيش الليبي", "Military Forces of Libya"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "متشددين", "Militants"),
       fatalities=None),
]
C["snn-0c4910d874b0"] = []
C["ant-SK-internationalNews-2188-20180617"] = []
C["ant-SK-internationalNews-1387-20180505"] = [
    ev("peaceful_protest", ("2018-05-05", "2018-05-05"),
       loc("Trier", "DE", 49.7557, 6.6394, 25),
       actor("Protesters", "محتجون", "Protesters (Germany)"), None),
]
C["snn-05b2e9a41b05"] = [
    ev("attack", ("2015-07-31", "2015-07-31"),
       loc("Northern Gaza Strip border fence", "PS", 31.55, 34.51, 25),
       actor("Israeli army", "IDF", "Israeli forces", "جنود إسرائيليون", "الجنود"),
       actor("Civilians", "Palestinian civilians", "صبيا فلسطينيا", "فلسطينيا", "محمد المصري"),
       fatalities=1),
    ev("violent_demonstration", ("2015-07-31", "2015-07-31"),
       loc("Northern Gaza Strip border fence", "PS", 31.55, 34.51, 25),
       actor("Rioters", "Palestinian rioters", "المشتبه بهم", "مجموعة"),
       actor("Israeli army", "IDF", "جنود إسرائيليون"),
       fatalities=1, optional=True),
]
C["ant-SK-middleEast-1588-20180510"] = [
    ev("peaceful_protest", ("2018-05-10", "2018-05-10"),
       loc("Socotra", "YE", 12.64881, 54.01895, 100),
       actor("Protesters", "أهالي سقطرى", "الصيادون", "Fishermen", "Protesters (Yemen)"), None),
]
HS = actor("Palestinian prisoners", "Prisoners", "الأسرى", "أسيرا", "حركة فتح", "Fatah")
C["snn-4c2cbde07983"] = [
    ev("peaceful_protest", ("2015-08-05", "2015-08-05"), loc("Nafha prison", "IL", 30.61, 34.80, 50), HS, None, optional=True),
    ev("peaceful_protest", ("2015-08-09", "2015-08-09"), loc("Ramon prison", "IL", 30.61, 34.80, 50), HS, None, optional=True),
    ev("peaceful_protest", ("2015-08-08", "2015-08-08"), loc("Eshel prison, Beersheba", "IL", 31.25, 34.79, 50), HS, None, optional=True),
]
C["snn-c84c033dc270"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-13", "2015-07-21"),
       loc("Baghdad al-Jadida, eastern Baghdad", "IQ", 33.32, 44.48, 25), None,
       actor("Civilians", "المدنيين"), fatalities=[1, 66], injured=[0, 66], optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-22"),
       loc("Anbar University, Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("Iraqi Counter-Terrorism Service", "CTS", "جهاز مكافحة الإرهاب", "القوات الأمنية", "Iraqi security forces", "طيران الجيش"),
       ISIS),
    ev("government_regains_territory", ("2015-07-01", "2015-07-22"),
       loc("Al-Tash, south of Ramadi", "IQ", 33.35, 43.30, 25),
       actor("Iraqi security forces", "القوات الأمنية"), ISIS, optional=True),
]
C["snn-3da70081ec2d"] = []
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردو حزب العمال الكردستاني", "المتمردين", "المتمردون الأكراد", "الأكراد", "HPG")
TRF = actor("Turkish military forces", "Turkish army", "Turkish gendarmerie", "الدرك التركي", "القوات التركية", "الجيش", "قوات الأمن", "Turkish security forces")
C["snn-43b10c0e188f"] = [
    ev("suicide_bomb", ("2015-08-02", "2015-08-02"),
       loc("Dogubayazit", "TR", 39.54694, 44.08417, 25), PKK, TRF,
       fatalities=[2, 50], injured=31),
    ev("air_drone_strike", ("2015-07-31", "2015-08-02"),
       loc("Zarkel (Zergele), Qandil", "IQ", 36.45, 44.95, 75),
       actor("Turkish air force", "Turkish military forces", "الطيران التركي", "المقاتلات التركية", "الجيش"),
       actor("Civilians", "مدنيين", "مدنيين عراقيين", "Civilians (Iraq)"),
       fatalities=10, injured=15),
    ev("armed_clash", ("2015-07-31", "2015-08-02"),
       loc("Gumushane province", "TR", 40.4603, 39.4814, 100), PKK, TRF),
    ev("attack", ("2015-08-01", "2015-08-03"), loc("Eastern Turkey", "TR", None, None), PKK, None,
       fatalities=0, injured=0, optional=True),
    ev("armed_clash", ("2015-08-01", "2015-08-03"), loc("Eastern Turkey", "TR", None, None), PKK, TRF,
       fatalities=0, injured=0, optional=True),
]
C["ant-SK-middleEast-3092-20180725"] = []
C["snn-6bd742cc7d0f"] = []
SYG = actor("Syrian government forces", "Syrian army", "الجيش السوري", "قوات النظام السوري", "قوات النظام", "مروحيات النظام", "مقاتلات حربية سورية", "Syrian Arab Army", "Syrian air force")
C["ant-SK-middleEast-2540-20180622"] = [
    ev("air_drone_strike", ("2018-06-20", "2018-06-22"), loc("Al-Hirak", "SY", 32.74948, 36.30582, 25), SYG,
       actor("Civilians", "مدنيين", "Civilians (Syria)"), fatalities=3, injured=[2, 99]),
    ev("air_drone_strike", ("2018-06-20", "2018-06-22"), loc("Busra al-Harir", "SY", 32.84456, 36.34077, 25), SYG,
       actor("Civilians", "الأحياء السكنية", "Syrian opposition", "المعارضة")),
    ev("air_drone_strike", ("2018-06-20", "2018-06-22"), loc("Al-Mujaydil, Lajat", "SY", 32.96288, 36.25455, 25), SYG,
       actor("Civilians", "الأحياء السكنية", "Syrian opposition", "المعارضة")),
    ev("shelling_artillery_missile_attack", ("2018-06-22", "2018-06-22"), loc("Daraa", "SY", 32.61889, 36.10213, 25),
       actor("Syrian opposition", "فصائل المعارضة السورية", "Rebels", "Opposition factions"),
       actor("Syrian government forces", "قوات النظام السوري", "ميليشياته"), fatalities=[2, 99], injured=[2, 99]),
    ev("shelling_artillery_missile_attack", ("2018-06-15", "2018-06-22"), loc("Eastern Daraa countryside", "SY", 32.80, 36.30, 40), SYG,
       None, optional=True),
]
C["ant-SK-middleEast-618-20180328"] = [
    ev("arrests", ("2018-03-26", "2018-03-28"), loc("Anbar province", "IQ", 33.42056, 43.30778, 100),
       actor("Iraqi Counter-Terrorism Service", "CTS", "جهاز مكافحة الارهاب", "جهاز مكافحة الإرهاب العراقي", "مكافحة الإرهاب", "Iraqi security forces"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "صعب عبد الله العيساوي", "ذياب العيساوي")),
]
TAF = actor("Turkish air force", "Turkish military forces", "طائرات حربية تركية", "مقاتلات تركية", "المقاتلات التركية", "الطائرات التركية")
TPOL = actor("Turkish police", "Police Forces of Turkey", "الشرطة التركية", "شرطة مكافحة الإرهاب", "Turkish security forces")
TARR = actor("Islamic State", "ISIS", "Daesh", "داعش", "PKK", "حزب العمال الكردستاني", "المتمردين الأكراد", "اليسار المتطرف")
C["snn-ed5a721dc3d2"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Northern Syria", "SY", None, None), TAF,
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), fatalities=9, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Northern Iraq (Duhok)", "IQ", 36.87, 42.99, 100), TAF,
       actor("PKK", "حزب العمال الكردستاني", "Kurdistan Workers' Party"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"), loc("Iraq-Turkey border strip", "IQ", None, None),
       actor("Turkish military forces", "Turkish army"), actor("PKK", "حزب العمال الكردستاني"), optional=True),
]
for nm, la, lo in [("Istanbul", 41.01384, 28.94966), ("Ankara", 39.91987, 32.85427), ("Adana", 36.98615, 35.32531),
                   ("Konya", 37.87, 32.48), ("Manisa", 38.612, 27.426)]:
    C["snn-ed5a721dc3d2"].append(ev("arrests", ("2015-07-24", "2015-07-25"), loc(nm, "TR", la, lo, 25), TPOL, TARR))
C["snn-ed5a721dc3d2"] += [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "انتحاري"),
       actor("Civilians", "ناشطين يساريين", "Leftist activists", "Civilians (Turkey)"), fatalities=32),
    ev("armed_clash", ("2015-07-21", "2015-07-22"), loc("Near the Syrian border (Ceylanpinar)", "TR", 36.846, 40.050, 75),
       actor("PKK", "حزب العمال الكردستاني", "Kurdistan Workers' Party"),
       actor("Turkish police", "Police Forces of Turkey", "شرطيين تركيين"), fatalities=2, optional=True),
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Near the Syrian border (Ceylanpinar)", "TR", 36.846, 40.050, 75),
       actor("PKK", "حزب العمال الكردستاني", "Kurdistan Workers' Party"),
       actor("Turkish police", "Police Forces of Turkey", "شرطيين تركيين"), fatalities=2, optional=True),
]
C["ant-SK-internationalNews-418-20180317"] = [
    ev("arrests", ("2018-03-17", "2018-03-17"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("Iranian police", "Police Forces of Iran", "الشرطة", "السلطات الإيرانية", "Iranian authorities"),
       actor("Esfandiar Rahim Mashaei", "رحيم مشائي", "إسفنديار رحيم مشائي")),
    ev("peaceful_protest", ("2018-03-15", "2018-03-15"), loc("Tehran (British embassy)", "IR", 35.69439, 51.42151, 25),
       actor("Protesters", "Protesters (Iran)", "رحيم مشائي", "تظاهرة"), None),
]
C["snn-39e6f5e18928"] = [
    ev("abduction_forced_disappearance", ("2015-08-08", "2015-08-10"), loc("Kurram Agency", "PK", 33.90, 70.10, 75), None,
       actor("Civilians", "عمال", "عشرة عمال", "Workers", "Civilians (Pakistan)")),
    ev("looting_property_destruction", ("2015-08-08", "2015-08-10"), loc("Kurram Agency", "PK", 33.90, 70.10, 75), None,
       actor("Civilians", "مدرسة حكومية"), optional=True),
]
C["snn-98bdc4d778c5"] = []
IQFP = actor("Iraqi Federal Police", "Federal Police", "الشرطة الاتحادية", "قوات الشرطة الاتحادية", "Iraqi security forces")
C["ant-SK-middleEast-3972-20181020"] = [
    ev("armed_clash", ("2018-10-18", "2018-10-20"), loc("Kirkuk province", "IQ", 35.46806, 44.39222, 100), IQFP, ISIS, fatalities=[1, 3]),
    ev("suicide_bomb", ("2018-10-18", "2018-10-20"), loc("Kirkuk province", "IQ", 35.46806, 44.39222, 100), ISIS, IQFP, fatalities=[1, 3], optional=True),
    ev("arrests", ("2018-10-18", "2018-10-20"), loc("Kirkuk province", "IQ", 35.46806, 44.39222, 100), IQFP, ISIS, optional=True),
]
BAS = loc("Basra", "IQ", 30.53302, 47.79747, 25)
RIOT = actor("Rioters", "Protesters", "متظاهرون", "محتجون ملثمون", "المتظاهرين", "Protesters (Iraq)", "Rioters (Iraq)")
C["ant-SK-middleEast-3537-20180906"] = [
    ev("violent_demonstration", ("2018-09-05", "2018-09-05"), BAS, RIOT, None),
    ev("violent_demonstration", ("2018-09-05", "2018-09-06"), BAS, RIOT, actor("Badr Organisation", "منظمة بدر"), optional=True),
    ev("looting_property_destruction", ("2018-09-06", "2018-09-06"), BAS, None, None, optional=True),
    ev("excessive_force_against_protesters", ("2018-09-04", "2018-09-06"), BAS,
       actor("Protesters", "المتظاهرين", "Protesters (Iraq)"),
       actor("Iraqi security forces", "القوات الأمنية", "قوات الأمن"), fatalities=1, injured=4),
    ev("protest_with_intervention", ("2018-09-04", "2018-09-06"), BAS,
       actor("Protesters", "المتظاهرين", "Protesters (Iraq)"),
       actor("Iraqi security forces", "القوات الأمنية", "قوات الأمن"), fatalities=1, injured=4, optional=True),
]
C["snn-fcbf108c4434"] = []
HOU = actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "ميليشيات الحوثيين", "المسلحين", "Houthi forces")
C["snn-de69d8de5dcb"] = [
    ev("government_regains_territory", ("2015-07-22", "2015-07-24"), loc("Al-Anad triangle, Lahij", "YE", 13.18, 44.77, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "عناصر المقاومة الشعبية", "Pro-Hadi forces", "قوات المقاومة الشعبية"), HOU),
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-24"), loc("Dar Saad, Aden", "YE", 12.88, 44.98, 25),
       actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "Houthi forces"), actor("Civilians", "المدنيين", "Civilians (Yemen)"),
       fatalities=6, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-22", "2015-07-24"), loc("Ras Isa and Salif, north of Hodeidah", "YE", 15.26, 42.65, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف العربي", "التحالف العربي", "Arab Coalition forces"), HOU),
]
ISF = actor("Iraqi security forces", "Iraqi army", "القوات العراقية", "القوات الأمنية", "قوات مكافحة الإرهاب", "CTS",
            "Iraqi Counter-Terrorism Service", "متطوعي عشائر الأنبار", "القوات الحكومية")
C["snn-f7b9aea70af6"] = [
    ev("government_regains_territory", ("2015-07-26", "2015-07-26"), loc("Anbar University, south Ramadi", "IQ", 33.40, 43.28, 25), ISF, ISIS),
    ev("peaceful_protest", ("2015-07-26", "2015-07-26"), loc("Dhi Qar province", "IQ", 31.05799, 46.25726, 100),
       actor("Protesters", "Protesters (Iraq)", "أهالي ضحايا سبايكر", "المتظاهرون", "المئات"), None),
    ev("attack", ("2014-06-01", "2014-06-30"), loc("Camp Speicher, north of Tikrit", "IQ", 34.65, 43.55, 25), ISIS,
       actor("Iraqi military recruits", "طلبة كلية القوة الجوية", "مجند"), fatalities=[1600, 1800], optional=True),
]
C["snn-3c1dd2f92545"] = []
C["ant-SK-internationalNews-1963-20180604"] = []
C["ant-SK-internationalNews-2792-20180723"] = []
C["snn-1647d969282d"] = []
REB = actor("Syrian rebels", "Syrian opposition", "الثوار", "فصائل المعارضة", "الفرقة الثانية الساحلية", "2nd Coastal Division", "Rebels")
SYA = actor("Syrian government forces", "Syrian army", "قوات الأسد", "Syrian Arab Army")
C["snn-bcd29ffa1e32"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-25", "2015-07-25"), loc("Jourat al-Maa hill, Jabal al-Turkman, Latakia", "SY", 35.82, 36.00, 25), REB, SYA),
    ev("armed_clash", ("2015-07-23", "2015-07-24"), loc("Beit Faris and Bayn Halabiya, Jabal al-Turkman", "SY", 35.82, 36.00, 25), SYA, REB),
    ev("armed_clash", ("2015-07-19", "2015-07-26"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Hezbollah", "حزب الله", "Islamic Revolutionary Guard Corps", "IRGC", "الحرس الثوري الإيراني", "Syrian government forces"),
       actor("Syrian rebels", "الثوار", "Rebels"), optional=True),
]
C["ant-SK-middleEast-2945-20180717"] = []
HASM = actor("Hasm", "Hasm Movement", "حسم", "حركة حسم", "Muslim Brotherhood", "الإخوان", "مسلحين", "البؤرة الإخوانية")
EGSF = actor("Egyptian security forces", "Police Forces of Egypt", "قوات الأمن", "الأمن المصري", "وزارة الداخلية المصرية", "Egyptian Interior Ministry")
C["ant-SK-middleEast-549-20180325"] = [
    ev("armed_clash", ("2018-03-23", "2018-03-25"), loc("Beheira governorate", "EG", 31.050442, 30.470016, 100), EGSF, HASM, fatalities=6),
    ev("remote_explosive_landmine_ied", ("2018-03-24", "2018-03-24"), loc("Alexandria", "EG", 31.210305, 29.926414, 25), HASM,
       actor("Egyptian police", "Police Forces of Egypt", "مدير أمن الإسكندرية"), optional=True),
]
RIOT2 = actor("Rioters", "Protesters", "محتجين", "متظاهرين", "المتظاهرون الغاضبون", "متظاهرون غاضبون", "Protesters (Iraq)", "Rioters (Iraq)")
C["ant-SK-middleEast-3533-20180906"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-04", "2018-09-06"), loc("Green Zone, Baghdad", "IQ", 33.30, 44.39, 25), None, None,
       fatalities=0, injured=0),
    ev("violent_demonstration", ("2018-09-04", "2018-09-06"), loc("Basra", "IQ", 30.53302, 47.79747, 25), RIOT2,
       actor("Kataib Hezbollah", "حزب الله", "Fadhila Party", "حزب الفضيلة", "Asaib Ahl al-Haq", "عصائب أهل الحق",
             "Badr Organisation", "منظمة بدر", "Iran", "القنصلية الإيرانية"), fatalities=[0, 3], injured=[0, 16]),
    ev("violent_demonstration", ("2018-09-04", "2018-09-06"), loc("Basra (Iranian consulate)", "IQ", 30.53302, 47.79747, 25), RIOT2,
       actor("Iran", "القنصلية الإيرانية", "Iranian consulate"), fatalities=[0, 3], injured=[0, 16], optional=True),
]
C["ant-CN-middleEast-1022-20180525"] = []
C["ant-CN-internationalNews-304-20180502"] = []
LNA = actor("Libyan National Army", "LNA", "الجيش الليبي", "الجيش الوطني الليبي", "القوات المسلحة الليبية", "Military Forces of Libya")
DMSC = actor("Derna Mujahideen Shura Council", "مجلس شورى مجاهدي درنة", "مجاهدي درنة", "al-Qaeda", "تنظيم القاعدة", "الميليشيات التابعة لتنظيم القاعدة")
C["ant-SK-middleEast-2237-20180608"] = [
    ev("arrests", ("2018-06-06", "2018-06-08"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA,
       actor("يحيى الأسطى عمر", "Yahya al-Usta Omar", "Derna Mujahideen Shura Council", "مجلس شورى مجاهدي درنة", "al-Qaeda")),
    ev("government_regains_territory", ("2018-06-06", "2018-06-07"), loc("Derna coast", "LY", 32.76704, 22.63669, 25), LNA, DMSC),
]
KBS = loc("Khan Bani Saad", "IQ", 33.57, 44.54, 25)
C["snn-f4dc59989913"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-17", "2015-07-17"), KBS, None,
       actor("Civilians", "Civilians (Iraq)", "سوق الناحية"), fatalities=[1, 250], injured=[0, 250]),
    ev("suicide_bomb", ("2015-07-17", "2015-07-17"), KBS, actor("Islamic State", "ISIS", "داعش"),
       actor("Civilians", "Civilians (Iraq)"), fatalities=[1, 250], injured=[0, 250], optional=True),
    ev("violent_demonstration", ("2015-07-18", "2015-07-21"), KBS,
       actor("Rioters", "Protesters", "ذوي ضحايا تفجير خان بني سعد", "Rioters (Iraq)"),
       actor("المجلس البلدي", "Municipal council", "Iraqi government")),
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-07-20"), KBS, None,
       actor("Civilians", "الشيخ طلب الجميلي", "قبيلة البو حمدان", "عشيرة سنية", "Sunni tribesmen", "Civilians (Iraq)")),
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-07-21"), loc("Diyala province", "IQ", 33.75, 44.65, 100), None,
       actor("Civilians"), optional=True),
]
HOU2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "مليشيات الحوثي", "الحوثي", "الانقلابيون", "Houthi forces")
CIVEX = actor("Civilians", "مالكي محال الصرافة", "الصرافين", "Money changers", "Civilians (Yemen)")
C["ant-SK-middleEast-3526-20180907"] = [
    ev("abduction_forced_disappearance", ("2018-09-04", "2018-09-06"), loc("Rada'a", "YE", 14.4151, 44.83709, 25), HOU2, CIVEX),
    ev("looting_property_destruction", ("2018-09-04", "2018-09-06"), loc("Rada'a", "YE", 14.4151, 44.83709, 25), HOU2, CIVEX),
    ev("looting_property_destruction", ("2018-09-06", "2018-09-07"), loc("Afar, Al-Malajim district", "YE", 14.35994, 45.38985, 30), HOU2, CIVEX),
]
C["snn-61c44bcc8185"] = [
    ev("suicide_bomb", ("2015-07-16", "2015-07-23"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), actor("Civilians", "أكراد", "Civilians (Turkey)"),
       fatalities=[10, 99], optional=True),
]
SEP = actor("Donetsk People's Republic", "Luhansk People's Republic", "الانفصاليين", "القوات الانفصالية", "الانفصاليون",
            "Pro-Russian separatists", "متمردين موالين لروسيا")
UAF = actor("Ukrainian army", "Military Forces of Ukraine", "الجيش الأوكراني", "جنود أوكرانيين", "القوات الحكومية")
C["snn-674eda8c30ea"] = [
    ev("armed_clash", ("2015-08-05", "2015-08-06"), loc("Eastern Ukraine", "UA", None, None), SEP, UAF,
       fatalities=4, injured=15, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"), loc("Near Donetsk", "UA", 48.0, 37.80, 50), SEP,
       actor("Civilians", "أحياء مأهولة"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"), loc("Near Mariupol", "UA", 47.10, 37.55, 50), SEP,
       actor("Civilians", "أحياء مأهولة"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-06"), loc("Stanytsia Luhanska", "UA", 48.654, 39.492, 25),
       actor("Luhansk People's Republic", "الانفصاليين في لوغانسك", "الانفصاليين", "Pro-Russian separatists"), None),
]
HOU3 = actor("Houthis", "Ansar Allah", "المليشيات الحوثية", "الميليشيات الحوثية", "ميليشيات الحوثي", "الميليشيا الحوثية", "Houthi forces")
SAAD = actor("Saudi air defense", "Saudi-led coalition", "قوات الدفاع الجوي للتحالف", "الدفاعات الجوية السعودية", "Military Forces of Saudi Arabia", "Arab Coalition")
C["ant-SK-middleEast-740-20180402"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-02", "2018-04-02"),
       loc("Yemeni side of the border near Dhahran al-Janub", "YE", 17.65, 43.51, 50), HOU3,
       actor("Saudi Arabia", "Civilians (Saudi Arabia)", "ظهران الجنوب")),
    ev("shelling_artillery_missile_attack", ("2018-04-02", "2018-04-02"), loc("Dhahran al-Janub", "SA", 17.67, 43.51, 50), HOU3,
       actor("Saudi Arabia", "Civilians (Saudi Arabia)"), optional=True),
    ev("disrupted_weapons_use", ("2018-03-29", "2018-03-29"), loc("Jazan", "SA", 16.889, 42.57, 25), SAAD, HOU3),
    ev("shelling_artillery_missile_attack", ("2018-03-29", "2018-03-29"), loc("Jazan", "SA", 16.889, 42.57, 25), HOU3,
       actor("Saudi Arabia", "Civilians (Saudi Arabia)"), optional=True),
]
C["snn-6c1437f9665e"] = []
C["ant-SK-middleEast-2232-20180607"] = []
C["snn-f09a576e24c1"] = []
HOU4 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الميليشيات الحوثية", "الحوثيين", "الانقلابيون", "المتمردين", "Houthi forces")
C["ant-SK-middleEast-3297-20180809"] = [
    ev("air_drone_strike", ("2018-08-07", "2018-08-09"), loc("West coast (Hodeidah)", "YE", 14.796625, 42.945213, 100),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات تابعة للتحالف العربي", "التحالف"), HOU4,
       fatalities=76, optional=True),
    ev("armed_clash", ("2018-08-08", "2018-08-08"), loc("Ad Durayhimi", "YE", 14.63702, 43.05505, 25),
       actor("Joint Yemeni Resistance", "المقاومة اليمنية المشتركة", "المقاومة اليمنية", "Giants Brigades", "ألوية العمالقة", "Pro-Hadi forces"),
       HOU4, fatalities=16),
    ev("armed_clash", ("2018-08-08", "2018-08-09"), loc("Zabid", "YE", 14.196411, 43.316688, 25),
       actor("Joint Yemeni Resistance", "المقاومة اليمنية"), HOU4, optional=True),
    ev("armed_clash", ("2018-08-07", "2018-08-09"), loc("West coast fronts", "YE", None, None),
       actor("Giants Brigades", "ألوية العمالقة"), HOU4, fatalities=[0, 2], optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-129.jsonl"))
