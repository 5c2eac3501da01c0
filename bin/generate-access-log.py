#!/usr/bin/env python3
"""Writes a synthetic nginx access log (combined + $request_time) of DAYS days for measuring
`avalanche import access-log`: arrivals follow a known piecewise-linear day (RATE x the corners
below, exactly: the i-th request of the day where the rate's integral reaches i), response times
lognormal (median 80 ms, sigma 0.4, seeded) stretched where the rate is above its quiet level,
and a mix of 60% cart reads by id, 30% checkouts by UUID, 10% a static file.

    bin/generate-access-log.py DAYS RATE > access.log     # about 50 MB per day at RATE 1
"""
import math, random, sys, uuid, datetime

CORNERS = [(0, 1.5), (6, 1.0), (12, 8.0), (18, 4.0), (24, 1.5)]

def rate(h):
    for (h0, r0), (h1, r1) in zip(CORNERS, CORNERS[1:]):
        if h <= h1:
            return r0 + (h - h0) / (h1 - h0) * (r1 - r0)
    return CORNERS[-1][1]

def main():
    days, scale = int(sys.argv[1]), float(sys.argv[2])
    rnd = random.Random(42)
    out = sys.stdout
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    i = 0
    start = datetime.datetime(2026, 12, 1)
    for d in range(days):
        owed = 0.0
        for s in range(86400):
            r = rate((s + 0.5) / 3600)
            owed += r * scale
            t = start + datetime.timedelta(days=d, seconds=s)
            when = "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.day, months[t.month - 1], t.year, t.hour, t.minute, t.second)
            stretch = 1 + 3 * max(0.0, r - 2.0) / 6.0
            while owed >= 1:
                owed -= 1
                k = i % 10
                if k < 6:
                    path = "GET /api/cart/%d" % (1000 + i % 977)
                elif k < 9:
                    path = "POST /api/checkout/%s" % uuid.UUID(int=rnd.getrandbits(128), version=4)
                else:
                    path = "GET /static/app.js?v=%d" % (i % 7)
                secs = 0.08 * math.exp(0.4 * rnd.gauss(0, 1)) * stretch
                out.write('10.0.%d.%d - - [%s] "%s HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11; Linux x86_64)" %.3f\n'
                          % (i % 200, i % 250, when, path, secs))
                i += 1

main()
