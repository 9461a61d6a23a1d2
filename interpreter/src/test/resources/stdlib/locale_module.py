# _locale and locale in the C locale: conventions, langinfo, refusing a locale that is not there
import _locale

print(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_TIME, "C"), _locale.setlocale(_locale.LC_COLLATE, "POSIX"))
_locale.setlocale(_locale.LC_COLLATE, "C")
conv = _locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"], conv["frac_digits"], sorted(conv))
for k in ["D_T_FMT", "D_FMT", "T_FMT", "DAY_1", "ABDAY_7", "MON_12", "ABMON_1", "RADIXCHAR", "YESEXPR", "AM_STR"]:
    print(k, repr(_locale.nl_langinfo(getattr(_locale, k))))
try:
    _locale.setlocale(_locale.LC_ALL, "xx_NO.NOWHERE")
except _locale.Error as e:
    print(type(e).__name__, e, issubclass(_locale.Error, ValueError), _locale.Error.__module__)
try:
    _locale.setlocale(99)
except _locale.Error as e:
    print(e)
print(_locale.strcoll("a", "b"), _locale.strcoll("b", "a"), _locale.strcoll("x", "x"), _locale.strxfrm("abc"))
print(_locale.CHAR_MAX, _locale.LC_ALL, _locale.LC_CTYPE, _locale.CODESET)
