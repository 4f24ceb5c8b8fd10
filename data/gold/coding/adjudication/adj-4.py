import os
# Gold adjudication, third and fourth draws (K = 4). Decisions and reasons: adj-4.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write

C = {}

# --- snn-4225ceffb883 (Libya: UN envoy's statement; Tebu-Tuareg fighting in Sabha; published Thu 2015-07-23) ---
C["snn-4225ceffb883"] = [
    ev("armed_clash", ("2015-07-15", "2015-07-23"), loc("Sabha", "LY", 27.03766, 14.42832, 25),
       actor("التبو", "قبيلتي التبو", "Tebu", "Toubou", "Tubu", "Tebu Ethnic Militia"),
       actor("الطوارق", "Tuareg", "Tuareg Ethnic Militia"),
       fatalities=40, injured=[10, 99]),
    # the abduction is known only from the envoy's condemnation; its day is not given
    ev("abduction_forced_disappearance", ("2015-07-15", "2015-07-22"), loc("Mellitah, Zuwara", "LY", 32.87, 12.26, 30),
       None, actor("الإيطاليين", "الموظفين الإيطاليين", "Italian workers", "Civilians"), optional=True),
]

# --- snn-21e9dc8d71a6 (Syria: shelling of al-Fuah and Kafraya; published 2015-07-22) ---
C["snn-21e9dc8d71a6"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Al-Fuah", "SY", 35.98262, 36.70351, 25),
       actor("الفصائل المقاتلة المعارضة للنظام السوري", "الفصائل المقاتلة", "Syrian rebels", "Syrian opposition", "rebels", "opposition factions"),
       actor("قوات الدفاع الوطني", "National Defence Forces", "NDF", "Civilians", "Civilians (Syria)", "مدنيين", "المدنيين"), fatalities=None),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Kafraya", "SY", 35.99029, 36.67816, 25),
       actor("الفصائل المقاتلة المعارضة للنظام السوري", "الفصائل المقاتلة", "Syrian rebels", "Syrian opposition", "rebels", "opposition factions"),
       actor("قوات الدفاع الوطني", "National Defence Forces", "NDF", "Civilians", "Civilians (Syria)", "مدنيين", "المدنيين"), fatalities=None),
    ev("armed_clash", ("2015-07-15", "2015-07-22"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("قوات النظام", "حزب الله اللبناني", "Syrian government forces", "Hezbollah"),
       actor("الفصائل المقاتلة المعارضة للنظام السوري", "الفصائل المقاتلة", "Syrian opposition", "Syrian rebels", "rebels", "opposition factions"),
       optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-4.jsonl"))
