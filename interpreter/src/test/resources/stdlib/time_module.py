# time: struct_time, gmtime/mktime/asctime, strftime's directives (nothing here depends on the time zone)
import time

t = time.gmtime(1234567890)
print(t)
print(type(t).__name__, len(t), t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff, t[:3], tuple(t)[6:])
print(time.gmtime(0)[:6], time.gmtime(-86400)[:3], time.gmtime(1e9)[:6], time.gmtime(1.9)[5])
print(time.asctime(t), "|", time.asctime((2024, 2, 29, 9, 5, 7, 3, 60, 0)))
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%c", "%x %X", "%D %T %F %R", "%I %p %r", "%j %U %W %w %u",
            "%y %C %e", "%G %g %V", "%%", "%z %Z"]:
    print(repr(fmt), repr(time.strftime(fmt, t)))
for d in [(2021, 1, 1), (2020, 12, 31), (2024, 12, 30), (2027, 1, 3)]:
    tt = time.gmtime(time.mktime(d + (12, 0, 0, 0, 0, 0)) - time.timezone)
    print(d, time.strftime("%G-W%V-%u %U %W %j", tt))
print(time.mktime((2009, 2, 13, 23, 31, 30, 0, 0, 0)) - time.mktime((2009, 2, 13, 0, 0, 0, 0, 0, 0)))
print(type(time.timezone).__name__, len(time.tzname), time.daylight in (0, 1), time.localtime().tm_year >= 2024)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (1, 2, 3)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(time.CLOCK_MONOTONIC, time.CLOCK_REALTIME, time._STRUCT_TM_ITEMS)
a = time.monotonic(); b = time.monotonic(); print(b >= a, time.perf_counter_ns() > 0, time.time_ns() // 10**9 >= 1700000000)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
