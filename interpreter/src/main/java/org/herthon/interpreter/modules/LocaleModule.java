package org.herthon.interpreter.modules;

import java.util.HashMap;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _locale}: the C library's locales, as far as the JVM can follow: the "C" and "POSIX"
 * locales and their UTF-8 variant (the start-up LC_CTYPE, as CPython sets it from the
 * environment on a UTF-8 system). Other locale names are refused with {@code locale.Error}, as
 * glibc refuses a locale that is not installed.
 */
public final class LocaleModule implements JavaModule {
    @Override public String name() { return "_locale"; }

    private static final String[] CATEGORIES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL"};

    /** nl_langinfo keys of glibc and their values in the C locale. */
    private static final Object[] LANGINFO = {
            "CODESET", 14, null, "RADIXCHAR", 65536, ".", "THOUSEP", 65537, "", "D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y",
            "D_FMT", 131113, "%m/%d/%y", "T_FMT", 131114, "%H:%M:%S", "T_FMT_AMPM", 131115, "%I:%M:%S %p", "AM_STR", 131110, "AM",
            "PM_STR", 131111, "PM", "ERA", 131116, "", "ERA_D_FMT", 131118, "", "ALT_DIGITS", 131119, "", "ERA_D_T_FMT", 131120, "",
            "ERA_T_FMT", 131121, "", "YESEXPR", 327680, "^[yY]", "NOEXPR", 327681, "^[nN]", "CRNCYSTR", 262159, "-",
            "_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_locale");
        PyDict d = m.dict;
        PyType error = new PyType("Error", false, new PyType[]{PyExc.Exception});
        error.dict.putStr("__module__", PyStr.of("locale"));
        error.invalidate();
        d.putStr("Error", error);
        for (int i = 0; i < CATEGORIES.length; i++) d.putStr(CATEGORIES[i], PyInt.of(i));
        d.putStr("CHAR_MAX", PyInt.of(127));
        Map<Long, String> langinfo = new HashMap<>();
        for (int i = 0; i < LANGINFO.length; i += 3) {
            d.putStr((String) LANGINFO[i], PyInt.of((Integer) LANGINFO[i + 1]));
            langinfo.put((long) (Integer) LANGINFO[i + 1], (String) LANGINFO[i + 2]);
        }
        for (int i = 0; i < 7; i++) {
            d.putStr("DAY_" + (i + 1), PyInt.of(131079 + i));
            langinfo.put(131079L + i, DAYS[i]);
            d.putStr("ABDAY_" + (i + 1), PyInt.of(131072 + i));
            langinfo.put(131072L + i, DAYS[i].substring(0, 3));
        }
        for (int i = 0; i < 12; i++) {
            d.putStr("MON_" + (i + 1), PyInt.of(131098 + i));
            langinfo.put(131098L + i, MONTHS[i]);
            d.putStr("ABMON_" + (i + 1), PyInt.of(131086 + i));
            langinfo.put(131086L + i, MONTHS[i].substring(0, 3));
        }
        // the current locale of each category (LC_ALL is derived)
        String[] current = {utf8Environment() ? "C.UTF-8" : "C", "C", "C", "C", "C", "C"};
        fn(d, PyBuiltinFunction.of("setlocale", (a, k) -> {
            PyObject[] p = Args.bind("setlocale", a, k, new String[]{"category", "locale"}, 1, 2);
            long cat = Ops.index(p[0]);
            boolean setting = p[1] != null && p[1] != PyNone.INSTANCE;
            if (cat < 0 || cat > 6) throw Err.make(error, setting ? "unsupported locale setting" : "locale query failed");
            if (setting) {
                String want = Args.str(p[1], "setlocale() argument 2");
                if (want.isEmpty()) want = fromEnvironment((int) cat);
                String name = normalize(want);
                if (name == null) throw Err.make(error, "unsupported locale setting");
                if (cat == 6) java.util.Arrays.fill(current, name);
                else current[(int) cat] = name;
            }
            return PyStr.of(query(current, (int) cat));
        }));
        fn(d, PyBuiltinFunction.of0("localeconv", () -> {
            PyDict r = new PyDict();
            for (String s : new String[]{"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}) r.putStr(s, PyStr.of(""));
            r.putStr("mon_grouping", new PyList());
            r.putStr("positive_sign", PyStr.of(""));
            r.putStr("negative_sign", PyStr.of(""));
            for (String s : new String[]{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
                    "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) r.putStr(s, PyInt.of(127));
            r.putStr("decimal_point", PyStr.of("."));
            r.putStr("thousands_sep", PyStr.of(""));
            r.putStr("grouping", new PyList());
            return r;
        }));
        fn(d, PyBuiltinFunction.of1("nl_langinfo", key -> {
            long k = Ops.index(key);
            if (k == 14) return PyStr.of(current[0].endsWith("UTF-8") ? "UTF-8" : "ANSI_X3.4-1968");
            String v = langinfo.get(k);
            if (v == null) throw Err.valueError("unsupported langinfo constant");
            return PyStr.of(v);
        }));
        fn(d, PyBuiltinFunction.of0("getencoding", () -> PyStr.of(current[0].endsWith("UTF-8") ? "UTF-8" : "ANSI_X3.4-1968")));
        fn(d, PyBuiltinFunction.of2("strcoll", (a, b) -> {
            String x = Args.str(a, "strcoll() argument 1"), y = Args.str(b, "strcoll() argument 2");
            // the C locale collates by code point
            int c = x.codePoints().toArray().length == 0 && y.isEmpty() ? 0 : compareCodePoints(x, y);
            return PyInt.of(Integer.signum(c));
        }));
        fn(d, PyBuiltinFunction.of1("strxfrm", s -> PyStr.of(Args.str(s, "strxfrm() argument"))));
        fn(d, PyBuiltinFunction.of("gettext", (a, k) -> a[0]));
        fn(d, PyBuiltinFunction.of("dgettext", (a, k) -> a[1]));
        fn(d, PyBuiltinFunction.of("dcgettext", (a, k) -> a[1]));
        fn(d, PyBuiltinFunction.of("textdomain", (a, k) -> a.length > 0 && a[0] != PyNone.INSTANCE ? a[0] : PyStr.of("messages")));
        fn(d, PyBuiltinFunction.of("bindtextdomain", (a, k) -> a.length > 1 ? a[1] : PyNone.INSTANCE));
        fn(d, PyBuiltinFunction.of("bind_textdomain_codeset", (a, k) -> a.length > 1 ? a[1] : PyNone.INSTANCE));
        return m;
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0, j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i), b = y.codePointAt(j);
            if (a != b) return Integer.compare(a, b);
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static String query(String[] current, int cat) {
        if (cat != 6) return current[cat];
        boolean same = true;
        for (String c : current) same &= c.equals(current[0]);
        if (same) return current[0];
        return "LC_CTYPE=" + current[0] + ";LC_NUMERIC=" + current[1] + ";LC_TIME=" + current[2] + ";LC_COLLATE=" + current[3]
                + ";LC_MONETARY=" + current[4] + ";LC_MESSAGES=" + current[5] + ";LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C"
                + ";LC_MEASUREMENT=C;LC_IDENTIFICATION=C";
    }

    /** The locales the JVM can honour: C, POSIX and C.UTF-8 (also spelled C.utf8); null for others. */
    private static String normalize(String name) {
        switch (name) {
            case "C": case "POSIX": return "C";
            case "C.UTF-8": case "C.utf8": case "C.UTF8": case "C.utf-8": return "C.UTF-8";
            default: return null;
        }
    }

    private static String fromEnvironment(int cat) {
        String all = System.getenv("LC_ALL");
        if (all != null && !all.isEmpty()) return all;
        String specific = cat < 6 ? System.getenv(CATEGORIES[cat]) : null;
        if (specific != null && !specific.isEmpty()) return specific;
        String lang = System.getenv("LANG");
        return lang == null || lang.isEmpty() ? "C" : lang;
    }

    private static boolean utf8Environment() {
        String v = fromEnvironment(0);
        return !v.equals("C") && !v.equals("POSIX") || java.nio.charset.Charset.defaultCharset().name().equals("UTF-8");
    }

    private static void fn(PyDict d, PyBuiltinFunction f) {
        f.module = PyStr.of("_locale");
        d.putStr(f.name, f);
    }
}
