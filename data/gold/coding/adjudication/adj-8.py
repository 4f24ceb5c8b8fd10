import os, json
# Gold adjudication, ninth draw (K = 8). Decisions and reasons: adj-8.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import from_gold, write

C = {}
# --- ant-CN-middleEast-591-20180412 (Merkel on strikes against Syria; the Douma attack of Saturday 7 April): the first coding, actors merged
C["ant-CN-middleEast-591-20180412"] = [from_gold(e) for e in json.loads('[{"event_type": "explosions_remote_violence", "sub_event_type": "chemical_weapon", "date": {"start": "2018-04-07", "end": "2018-04-07"}, "location": {"name": "Douma", "country": "SY", "lat": 33.57175, "lon": 36.4027, "tolerance_km": 25}, "actor1": {"any_of": ["Syrian government forces", "Syrian regime", "النظام السوري", "قوات النظام", "القوات الحكومية", "الجيش العربي السوري", "Syrian Army", "Syrian government"]}, "actor2": {"any_of": ["Civilians", "مدنيين", "المدنيين", "مدنيون"]}, "fatalities": null, "injured": null}]')]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-8.jsonl"))
