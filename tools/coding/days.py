#!/usr/bin/env python3
"""days.py PUBLISHED : the 10 days up to PUBLISHED with their Arabic weekday names."""
import sys, datetime
AR = ["الإثنين","الثلاثاء","الأربعاء","الخميس","الجمعة","السبت","الأحد"]
p = datetime.date.fromisoformat(sys.argv[1][:10])
for k in range(10):
    d = p - datetime.timedelta(days=k)
    print(d.isoformat(), d.strftime("%a"), AR[d.weekday()], "(published)" if k == 0 else f"(published-{k})")
