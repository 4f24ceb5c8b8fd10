#!/usr/bin/env python3
"""show.py ID [ID...] : print articles of the batch (id, published with weekday, title, text)."""
import sys, datetime
sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import articles
AR = ["الإثنين","الثلاثاء","الأربعاء","الخميس","الجمعة","السبت","الأحد"]
A = articles()
for i in sys.argv[1:]:
    r = A[i]; d = datetime.date.fromisoformat(r["published"][:10])
    print(f"=== {i}  published {r['published']} ({d.strftime('%A')} {AR[d.weekday()]})  source {r.get('source')}  category {r.get('category','')}")
    print("TITLE:", r.get("title", ""))
    print(r["text"]); print()
