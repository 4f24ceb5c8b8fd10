import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write
C = {}
N = []  # notes

HOU = lambda *s: actor(*s, "Houthis", "Ansar Allah", "الحوثيين", "الحوثي")
COAL = lambda *s: actor(*s, "Saudi-led coalition", "Arab Coalition", "التحالف العربي", "قوات التحالف")
CIV = lambda *s: actor(*s, "Civilians", "المدنيين")

C["snn-cc1af5a97a9b"] = []
N.append("snn-cc1af5a97a9b\tno event: municipal food inspection\t")

C["ant-SK-middleEast-2565-20180624"] = [
    ev("air_drone_strike", ("2018-06-22", "2018-06-24"), loc("Aqabat Marran, Saada", "YE", 16.93, 43.45, 50),
       COAL("التحالف العربي لدعم الشرعية في اليمن"),
       HOU("ميليشيا الحوثي", "عناصر الحوثيين", "Hezbollah", "حزب الله"), fatalities=41),
    ev("armed_clash", ("2018-06-22", "2018-06-24"), loc("Aqabat Marran, Saada", "YE", 16.93, 43.45, 50),
       COAL("التحالف العربي لدعم الشرعية في اليمن", "Yemeni government forces"),
       HOU("ميليشيا الحوثي", "عناصر الحوثيين", "Hezbollah", "حزب الله"), fatalities=41, optional=True),
    ev("armed_clash", ("2018-06-22", "2018-06-24"), loc("Al-Faza, Hodeidah", "YE", 13.93, 43.29, 50),
       actor("ألوية العمالقة", "Giants Brigades", "Al-Amaliqa", "Yemeni government forces"),
       HOU("الميليشيات الانقلابية"), fatalities=[0, 15]),
    ev("armed_clash", ("2018-06-22", "2018-06-24"), loc("Al-Jah, Hodeidah", "YE", 14.38, 43.18, 50),
       actor("ألوية العمالقة", "Giants Brigades", "Al-Amaliqa", "Yemeni government forces"),
       HOU("الميليشيات الانقلابية"), fatalities=[0, 15]),
    ev("air_drone_strike", ("2018-06-22", "2018-06-24"), loc("Al-Abbasi, Bayt al-Faqih", "YE", 14.516, 43.325, 30),
       COAL("غارة للتحالف العربي"), HOU("ميليشيات الحوثي")),
    ev("government_regains_territory", ("2018-06-14", "2018-06-21"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25),
       actor("القوات اليمنية المشتركة", "Yemeni government forces", "Joint Forces"), HOU("ميليشيات الحوثي"), optional=True),
]
N.append("ant-SK-middleEast-2565-20180624\tcoalition strike at Aqabat Marran (41 killed; clash twin optional); clashes with Giants Brigades at Al-Faza and Al-Jah (15 killed shared, [0,15] each); coalition strike at Al-Abbasi; optional background Hodeidah airport capture\tGUIDE: 'targeted' by the coalition with no type: air strike, clash twin optional; Faza/Jah/Marran coordinates from knowledge, 50 km")

C["ant-SK-middleEast-2883-20180713"] = [
    ev("violent_demonstration", ("2018-07-06", "2018-07-13"), loc("Maysan (Amarah)", "IQ", 31.836, 47.144, 100),
       actor("Protesters", "متظاهر", "المتظاهرين"), actor("Iraqi security forces", "القوات الأمنية"), fatalities=1, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-06", "2018-07-13"), loc("Maysan (Amarah)", "IQ", 31.836, 47.144, 100),
       actor("Iraqi security forces", "القوات الأمنية"), actor("Protesters", "متظاهر", "المتظاهرين"), fatalities=1, optional=True),
    ev("violent_demonstration", ("2018-07-12", "2018-07-13"), loc("Najaf International Airport", "IQ", 31.99, 44.40, 25),
       actor("Protesters", "محتجون", "المتظاهرون"), None),
    ev("violent_demonstration", ("2018-07-12", "2018-07-13"), loc("Basra", "IQ", 30.51, 47.78, 25),
       actor("Protesters", "المحتجين"), actor("Dawa Party", "حزب الدعوة"), optional=True),
    ev("violent_demonstration", ("2018-07-12", "2018-07-13"), loc("Amarah", "IQ", 31.836, 47.144, 25),
       actor("Protesters", "المحتجين"), actor("Political parties", "الأحزاب"), optional=True),
    ev("peaceful_protest", ("2018-07-13", "2018-07-13"), loc("Umm Qasr port, Basra", "IQ", 30.03, 47.93, 25),
       actor("Protesters", "المحتجين"), None),
    ev("excessive_force_against_protesters", ("2018-07-08", "2018-07-08"), loc("Basra", "IQ", 30.51, 47.78, 100),
       None, actor("Protesters", "تظاهرة ضد البطالة"), fatalities=1, optional=True),
]
N.append("ant-SK-middleEast-2883-20180713\tNajaf airport stormed by protesters (riot); Umm Qasr road blocked (peaceful protest); optional: Maysan protester death from clashes (riot + excessive force twin), party offices burnt in Basra and Amarah (perpetrators not named), background Basra death last Sunday\tdate of the Maysan clash unknown, so optional; office burnings not attributed explicitly to protesters")

C["snn-63650041b94f"] = []
N.append("snn-63650041b94f\tno event: Hajj registration pricing\t")
C["snn-f817b640baf2"] = []
N.append("snn-f817b640baf2\tno event: Shura council statistics\t")

C["snn-3c646ce358fc"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), CIV("شبان مقربين من القضية الكردية"),
       fatalities=32, injured=[90, 110]),
]
N.append("snn-3c646ce358fc\tSuruc suicide bombing Monday 20 July, 32 killed, about 100 wounded\tattack only attributed to IS, listed as actor1")

C["ant-CN-middleEast-416-20180329"] = []
N.append("ant-CN-middleEast-416-20180329\tno event: Israeli army spokesman statement on a planned Gaza march\tplanned protest only")

C["ant-SK-middleEast-1618-20180512"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-11"), loc("Syria", "SY", None, None),
       actor("Israel", "Israeli military", "إسرائيل"), actor("Iran", "Iranian forces", "إيران"), optional=True),
]
N.append("ant-SK-middleEast-1618-20180512\tanalysis; only a passing reference to a night of Israeli-Iranian exchange of fire: optional, country only\tplace not given in text; set in Syria")

C["ant-SK-internationalNews-85-20180222"] = [
    ev("suicide_bomb", ("2018-02-21", "2018-02-21"), loc("Podgorica (US embassy)", "ME", 42.441, 19.263, 25),
       None, actor("US embassy", "السفارة الأميركية", "United States"), fatalities=[0, 1]),
    ev("grenade", ("2018-02-21", "2018-02-21"), loc("Podgorica (US embassy)", "ME", 42.441, 19.263, 25),
       None, actor("US embassy", "السفارة الأميركية", "United States"), fatalities=[0, 1], optional=True),
]
N.append("ant-SK-internationalNews-85-20180222\tunknown man threw an explosive at the US embassy in Podgorica shortly before midnight Wednesday and blew himself up: suicide_bomb, grenade twin optional\tattacker's death only implied, [0,1]; Podgorica coordinates from knowledge")

C["ant-SK-internationalNews-3279-20181003"] = [
    ev("armed_clash", ("2018-10-01", "2018-10-03"), loc("Gulen compound, Saylorsburg, Pennsylvania", "US", 40.90, -75.32, 50),
       actor("Security guard", "حارس أمن"), actor("Gunman", "مسلح"), fatalities=0, optional=True),
]
N.append("ant-SK-internationalNews-3279-20181003\toptional: guard fired warning shots at a gunman near Gulen's compound\tunclear if political violence; no casualties stated (0 chosen as no-one hurt is implied); coordinates from knowledge")

C["snn-4ee89d551ebe"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-09"), loc("Latakia (Az-Zira'a roundabout)", "SY", 35.531, 35.790, 25),
       actor("Protesters", "المعتصمون", "سوري"), None),
    ev("attack", ("2015-08-06", "2015-08-06"), loc("Latakia (Al-Azhari roundabout)", "SY", 35.531, 35.790, 25),
       actor("Suleiman Hilal al-Assad", "سليمان هلال الأسد", "سليمان الأسد"), actor("Hassan al-Sheikh", "العقيد حسان الشيخ"), fatalities=1, optional=True),
]
N.append("snn-4ee89d551ebe\tsit-in of about 1000 in Latakia demanding punishment of an Assad relative (peaceful protest, SOHR 'yesterday'); optional: the killing of the colonel on 6 Aug\tkilling arose from a traffic dispute (crime?), so optional")

C["snn-a3f7e8b44cc3"] = []
N.append("snn-a3f7e8b44cc3\tno event: Egyptian condemnation of settlements and Al-Aqsa incursions\tincursions only in general terms")
C["snn-9b753ffefebb"] = []
N.append("snn-9b753ffefebb\tno event: bank share analysis\t")
C["snn-e9aa5c79937f"] = []
N.append("snn-e9aa5c79937f\tno event: child fell from balcony (accident)\t")
C["ant-CN-middleEast-803-20180503"] = []
N.append("ant-CN-middleEast-803-20180503\tno event: Su-30 crash after Hmeimim takeoff, ministry says no fire, bird strike\taccident")

C["ant-SK-middleEast-3521-20180907"] = [
    ev("excessive_force_against_protesters", ("2018-09-04", "2018-09-07"), loc("Basra", "IQ", 30.51, 47.78, 25),
       actor("Iraqi security forces", "القوات الأمنية", "قوات الأمن"), actor("Protesters", "المتظاهرين", "متظاهر"),
       fatalities=1, injured=4),
    ev("violent_demonstration", ("2018-09-04", "2018-09-07"), loc("Basra (governorate building)", "IQ", 30.51, 47.78, 25),
       actor("Protesters", "المتظاهرين"), actor("Iraqi security forces", "القوات الأمنية")),
    ev("protest_with_intervention", ("2018-09-04", "2018-09-07"), loc("Basra (governorate building)", "IQ", 30.51, 47.78, 25),
       actor("Protesters", "المتظاهرين"), actor("Iraqi security forces", "القوات الأمنية"), optional=True),
    ev("peaceful_protest", ("2018-09-01", "2018-09-07"), loc("Umm Qasr port", "IQ", 30.03, 47.93, 25),
       actor("Protesters", "المتظاهرين"), None, optional=True),
]
N.append("ant-SK-middleEast-3521-20180907\tBasra: security forces killed a protester, 4 injured (excessive force); clashes near governorate building (riot, protest-with-intervention twin optional); optional Umm Qasr protest\tno dates given: 'fourth day' used to bound [Sep 4, Sep 7]")

C["ant-SK-internationalNews-1412-20180507"] = [
    ev("attack", ("2018-05-05", "2018-05-05"), loc("Gwaska, Birnin Gwari, Kaduna", "NG", 10.95, 6.65, 50),
       actor("Bandits", "cattle rustlers", "مجرمين", "مجرمون مسلحون", "لصوص ماشية", "عصابات لسرقة المواشي"),
       CIV("السكان", "Residents"), fatalities=45),
    ev("armed_clash", ("2018-05-05", "2018-05-05"), loc("Gwaska, Birnin Gwari, Kaduna", "NG", 10.95, 6.65, 50),
       actor("Bandits", "cattle rustlers", "مجرمين", "مجرمون مسلحون", "لصوص ماشية"),
       actor("Vigilantes", "ميليشيا مدنية", "السكان الذين يدافعون عن القرية"), fatalities=45, optional=True),
    ev("armed_clash", ("2018-04-28", "2018-05-05"), loc("Birnin Gwari, Kaduna", "NG", 10.78, 6.53, 50),
       actor("Residents", "السكان"), actor("Bandits", "لصوص ماشية"), fatalities=13, optional=True),
]
N.append("ant-SK-internationalNews-1412-20180507\tbandit attack on Gwaska village Saturday, 45 killed (attack; clash twin optional since residents defended); optional last week's exchange of fire, 13 killed\tbandits treated as armed group rather than ordinary crime; coordinates from knowledge, 50 km")

C["snn-fff8bef95e95"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"), loc("Cairo suburb", "EG", 30.04, 31.24, 50),
       actor("Wilayat Sinai", "ولاية سيناء", "Islamic State", "تنظيم الدولة الاسلامية"), actor("Croatian hostage", "الرهينة الكرواتي", "Civilians"), optional=True),
]
N.append("snn-fff8bef95e95\toptional background: kidnapping of a Croatian worker near Cairo on 22 July by IS Sinai Province\tmain news is a threat and a diplomatic effort")

C["ant-SK-internationalNews-826-20180406"] = []
N.append("ant-SK-internationalNews-826-20180406\tno event: legal settlement on NYPD surveillance\t")

C["ant-SK-middleEast-3524-20180907"] = [
    ev("air_drone_strike", ("2018-09-07", "2018-09-07"), loc("Al-Kathib (Naval College), Hodeidah city", "YE", 14.797, 42.945, 25),
       COAL("مقاتلات التحالف العربي لدعم الشرعية", "التحالف"),
       HOU("مليشيات الحوثي", "المتمردين"), fatalities=[12, 101]),
    ev("air_drone_strike", ("2018-09-06", "2018-09-07"), loc("Naval College, Hodeidah city", "YE", 14.797, 42.945, 25),
       COAL("مقاتلات التحالف"), HOU("الحوثيين", "المتمردين"), optional=True),
    ev("armed_clash", ("2018-09-06", "2018-09-07"), loc("Hodeidah city (southern and western outskirts)", "YE", 14.797, 42.945, 25),
       actor("القوات المشتركة", "Joint Forces", "Yemeni government forces"), HOU("الحوثيين")),
    ev("air_drone_strike", ("2018-09-03", "2018-09-07"), loc("Hodeidah", "YE", 14.797, 42.945, 50),
       COAL("مقاتلات أباتشي للتحالف العربي"), HOU("الميليشيات الموالية لإيران"), optional=True),
]
N.append("ant-SK-middleEast-3524-20180907\tcoalition strike Friday on a Houthi meeting near the Naval College in Al-Kathib, Hodeidah: 2 commanders and dozens killed ([12,101]); clashes with Joint Forces south and west of the city; optional: night strikes on the college (likely same) and strikes over the past four days\t'two plus dozens' coded [12,101]")

C["snn-980c89b46435"] = []
N.append("snn-980c89b46435\tno event: air ambulance landing pad at a football club\t")
C["snn-99f3c753fde7"] = []
N.append("snn-99f3c753fde7\tno event: custody kidnapping case (crime)\t")

C["snn-7a484d71c194"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-24", "2015-07-24"), loc("Rafah (between Al-Mahdiya and Al-Masoura)", "EG", 31.282, 34.239, 25),
       None, actor("Egyptian armed forces", "Egyptian military", "القوات المسلحة المصرية"), fatalities=4, injured=3),
]
N.append("snn-7a484d71c194\tIED planted in an army vehicle between Al-Mahdiya and Al-Masoura, Rafah, North Sinai: 4 killed, 3 injured, today\tperpetrator only 'terrorist elements': actor1 null")

C["ant-SK-internationalNews-2896-20180808"] = []
N.append("ant-SK-internationalNews-2896-20180808\tno event: accidental missile launch in NATO exercise in Estonia\taccident")

C["snn-feb903219b49"] = []
N.append("snn-feb903219b49\tno event: opinion on the Iran nuclear deal\t")

C["ant-SK-middleEast-2558-20180625"] = [
    ev("armed_clash", ("2018-06-23", "2018-06-25"), loc("Hodeidah city (south-western outskirts)", "YE", 14.797, 42.945, 25),
       actor("المقاومة اليمنية المشتركة", "Joint Resistance", "Yemeni government forces", "Popular Resistance"),
       HOU("ميليشيات الحوثي", "الميليشيات الانقلابية"), fatalities=18),
    ev("shelling_artillery_missile_attack", ("2018-06-23", "2018-06-25"), loc("East of Hodeidah airport", "YE", 14.753, 42.976, 25),
       actor("المقاومة", "Joint Resistance", "Yemeni government forces"), HOU("الميليشيات المسلحة", "ميليشيات الحوثي")),
    ev("shelling_artillery_missile_attack", ("2018-06-23", "2018-06-25"), loc("East of Hodeidah airport", "YE", 14.753, 42.976, 25),
       HOU("الميليشيات المسلحة", "ميليشيات الحوثي"), actor("المقاومة", "Joint Resistance", "Yemeni government forces"), optional=True),
    ev("looting_property_destruction", ("2018-06-23", "2018-06-25"), loc("Sanaa (embassies area)", "YE", 15.464, 44.238, 25),
       HOU("ميليشيات الحوثي", "المتمردون"), actor("Foreign embassies", "السفارات الأجنبية")),
]
N.append("ant-SK-middleEast-2558-20180625\tclashes SW of Hodeidah city, 18 Houthis killed; mutual shelling east of Hodeidah airport (one direction required, the other optional); Houthis looted concrete barriers around embassies in Sanaa\tmutual shelling: one event per direction, second optional; no dates: [pub-2, pub]")

C["snn-e68a6cf93947"] = [
    ev("armed_clash", ("2015-07-30", "2015-08-01"), loc("Al-Dhuhair, Sheikh Zuweid", "EG", 31.216, 34.111, 25),
       actor("Egyptian military", "القوات الخاصة", "الجيش المصري", "Egyptian armed forces"),
       actor("Ansar Bayt al-Maqdis", "أنصار بيت المقدس", "تنظيم أنصار بيت المقدس", "Wilayat Sinai"), fatalities=1),
]
N.append("snn-e68a6cf93947\tspecial forces raid on a house in Al-Dhuhair, Sheikh Zuweid; Ansar Bayt al-Maqdis commander fired and was killed\ttime not disclosed: [pub-2, pub]")

C["ant-CN-middleEast-9-20180218"] = []
N.append("ant-CN-middleEast-9-20180218\tno event: infographic on East Med gas disputes\tTurkish naval moves too vague")
C["snn-ca33ffc32f95"] = []
N.append("snn-ca33ffc32f95\tno event: chamber of commerce consulting contract\t")
C["ant-SK-economy-1289-20180904"] = []
N.append("ant-SK-economy-1289-20180904\tno event: Turkish economy\t")

REG = lambda *s: actor(*s, "Syrian government forces", "Syrian regime forces", "قوات النظام")
OPP = lambda *s: actor(*s, "Syrian opposition", "Rebels", "المعارضة", "الفصائل المقاتلة")
IS = lambda *s: actor(*s, "Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش")
C["snn-4cca39b49834"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Al-Bahsa, Sahl al-Ghab", "SY", 35.680, 36.276, 25),
       REG("حزب الله اللبناني", "Hezbollah", "المسلحين الموالين لها"), OPP("فصائل مقاتلة"),
       fatalities=[0, 21], injured=[0, 99]),
    ev("non_state_actor_overtakes_territory", ("2015-08-04", "2015-08-06"), loc("Tal Hamki, Jisr al-Shughur countryside", "SY", 35.749, 36.390, 25),
       OPP("مقاتلي الفصائل المقاتلة والمعارضة"), REG("المسلحين الموالين لها")),
    ev("government_regains_territory", ("2015-08-04", "2015-08-05"), loc("Tal Hamki, Jisr al-Shughur countryside", "SY", 35.749, 36.390, 25),
       REG(), OPP(), optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Sahl al-Ghab", "SY", 35.680, 36.276, 30),
       REG("الطيران الحربي"), OPP(), optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-05"), loc("Al-Qaryatayn outskirts", "SY", 34.230, 37.241, 25),
       REG("الطيران الحربي"), IS()),
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-05"), loc("Al-Qaryatayn outskirts", "SY", 34.230, 37.241, 25),
       REG(), IS()),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Al-Qaryatayn", "SY", 34.230, 37.241, 25),
       IS("عناصر تنظيم داعش"), REG("المسلحين الموالين لها"), fatalities=[10, 28]),
    ev("suicide_bomb", ("2015-08-04", "2015-08-05"), loc("Al-Qaryatayn (regime checkpoints)", "SY", 34.230, 37.241, 25),
       IS("عناصر من التنظيم"), REG("حواجز لقوات النظام"), fatalities=[0, 20]),
    ev("suicide_bomb", ("2015-08-04", "2015-08-05"), loc("Near Tiyas (T4) military airbase", "SY", 34.522, 37.627, 25),
       IS("عناصر من التنظيم"), REG(), fatalities=[0, 19]),
]
N.append("snn-4cca39b49834\tclashes near Al-Bahsa (Ghab) regime+Hezbollah vs opposition ([0,21] killed); opposition retook Tal Hamki (regime advance optional); optional Ghab air strikes; Qaryatayn: regime air strikes and shelling, regime-IS clashes ([10,28]), 2 VBIEDs on checkpoints, 1 VBIED near T4 airbase (18 regime dead shared with clashes)\tGUIDE: one toll (18) for three VBIEDs and clashes split across events as ranges; SOHR-style relative dates read loosely, [pub-2, pub]")

C["snn-1d30ebc77f50"] = [
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Sousse", "TN", 35.825, 10.637, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "طالب تونسي مسلح"), CIV("سائحا", "Tourists"), fatalities=38, optional=True),
    ev("attack", ("2015-03-18", "2015-03-18"), loc("Bardo Museum, Tunis", "TN", 36.811, 10.135, 25),
       None, CIV("Tourists"), optional=True),
]
N.append("snn-1d30ebc77f50\tmain news: state-of-emergency extension and NGO statement (not events); optional background Sousse (26 Jun, 38 killed) and Bardo (18 Mar) attacks\t")
C["snn-0ae10c531d7b"] = []
N.append("snn-0ae10c531d7b\tno event: Chinese drone export restrictions\t")
C["snn-5224d1c37e99"] = []
N.append("snn-5224d1c37e99\tno event: school anti-violence programme\t")
C["snn-093dbca2fecc"] = []
N.append("snn-093dbca2fecc\tno event: planned safe zone in northern Syria\tplanned")

FERG = loc("Ferguson, Missouri", "US", 38.744, -90.305, 25)
C["snn-5e719e8136e4"] = [
    ev("protest_with_intervention", ("2015-08-11", "2015-08-11"), FERG,
       actor("Protesters", "متظاهرين", "المحتجين"), actor("Police", "الشرطة", "Ferguson police")),
    ev("violent_demonstration", ("2015-08-11", "2015-08-11"), FERG,
       actor("Protesters", "متظاهرين"), actor("Police", "الشرطة"), optional=True),
    ev("protest_with_intervention", ("2015-08-10", "2015-08-10"), loc("Highway near Ferguson (St. Louis area)", "US", 38.70, -90.30, 25),
       actor("Protesters", "المحتجين"), actor("Police", "الشرطة")),
    ev("violent_demonstration", ("2015-08-09", "2015-08-10"), FERG, None, None, optional=True),
]
N.append("snn-5e719e8136e4\tFerguson: police clashed with ~200 protesters early Tuesday (protest with intervention; riot twin optional); dozens of protesters arrested Monday after blocking a highway; optional night violence before the emergency\tnight violence has no actors or details")

C["snn-afa48e495e36"] = []
N.append("snn-afa48e495e36\tno event: Algerian cabinet reshuffle\t")
C["ant-CN-middleEast-206-20180307"] = []
N.append("ant-CN-middleEast-206-20180307\tno event: Netanyahu speech\t")
C["ant-SK-internationalNews-198-20180301"] = []
N.append("ant-SK-internationalNews-198-20180301\tno event: Korea-Japan statements\t")
C["ant-SK-middleEast-1435-20180505"] = []
N.append("ant-SK-middleEast-1435-20180505\tno event: Security Council statement dispute\tGaza toll cumulative")
C["ant-SK-internationalNews-2999-20180813"] = []
N.append("ant-SK-internationalNews-2999-20180813\tno event: Iranian missile unveiled\tweapons display")

C["ant-SK-middleEast-1003-20180413"] = [
    ev("disrupted_weapons_use", ("2018-04-13", "2018-04-13"), loc("Jazan", "SA", 16.884, 42.567, 25),
       actor("Saudi air defense", "قوات الدفاع الجوي السعودي", "Saudi Arabia", "Saudi military"), HOU("ميليشيات الحوثي")),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-13"), loc("Jazan", "SA", 16.884, 42.567, 25),
       HOU("ميليشيات الحوثي"), actor("Saudi Arabia", "السعودية"), optional=True),
    ev("disrupted_weapons_use", ("2018-04-12", "2018-04-12"), loc("Saudi Arabia", "SA", None, None),
       COAL("تحالف دعم الشرعية في اليمن"), HOU("المتمردين الحوثيين"), optional=True),
]
N.append("ant-SK-middleEast-1003-20180413\tSaudi air defence intercepted a ballistic missile fired from Yemen toward Jazan on Friday (launch as optional twin); optional: Thursday interception of a missile from Saada, target unnamed\tlauncher not named for the Friday missile: Houthis inferred from the article's context")

C["ant-SK-middleEast-1524-20180509"] = []
N.append("ant-SK-middleEast-1524-20180509\tno event: Gargash tweets\t")

USC = lambda *s: actor(*s, "US-led coalition", "Global Coalition", "United States", "الولايات المتحدة وحلفاءها", "التحالف")
C["snn-3960141347f6"] = [
    ev("air_drone_strike", ("2015-07-17", "2015-07-17"), loc("Tal Afar", "IQ", 36.376, 42.450, 25),
       USC(), IS("تنظيم الدولة الإسلامية")),
    ev("air_drone_strike", ("2015-07-17", "2015-07-17"), loc("Ramadi", "IQ", 33.421, 43.308, 25),
       USC(), IS("تنظيم الدولة الإسلامية")),
    ev("air_drone_strike", ("2015-07-16", "2015-07-21"), loc("Hasakah", "SY", 36.502, 40.748, 25),
       USC("قوات التحالف"), IS("تنظيم الدولة الإسلامية"), optional=True),
]
N.append("snn-3960141347f6\tcoalition air strikes Friday near Tal Afar (~10) and Ramadi (5); optional: strikes near Hasakah (date not given)\tGUIDE: 'yesterday Saturday' in an article crawled Tuesday: Friday = 17 July taken from the weekday")

C["ant-SK-middleEast-1523-20180509"] = []
N.append("ant-SK-middleEast-1523-20180509\tno event: US withdrawal from nuclear deal, sanctions, Rouhani threat\t")
C["ant-SK-internationalNews-2810-20180725"] = []
N.append("ant-SK-internationalNews-2810-20180725\tno event: report on IS women; plot and convictions of the Boular sisters are background trials\tthe 2017 police shooting at arrest not coded (old, undated)")

C["ant-SK-middleEast-1966-20180527"] = [
    ev("peaceful_protest", ("2018-05-25", "2018-05-27"), loc("Qamishli", "SY", 37.052, 41.231, 25),
       actor("Kurds", "Protesters", "الأكراد", "المتظاهرون"), None),
    ev("non_state_actor_overtakes_territory", ("2018-03-01", "2018-03-31"), loc("Afrin", "SY", 36.512, 36.870, 25),
       actor("Turkish military", "Turkey", "القوات التركية", "فصائل سورية موالية لها", "Syrian National Army"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية"), optional=True),
]
N.append("ant-SK-middleEast-1966-20180527\thundreds of Kurds protested in Qamishli against Turkish presence in Afrin; optional background: Turkish-led capture of Afrin in March\tno date given for the protest: [pub-2, pub]")

with open(os.path.join(os.environ.get("CODING_OUT", "out"), "batch-124.notes.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(N) + "\n")

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-124.jsonl"))
