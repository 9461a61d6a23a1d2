package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * CPython 3.11's unicodedata (Unicode 14.0.0). Character properties come from
 * unicodedata-14.0.0.gz (made from the Unicode 14.0.0 data by make_unicodedata.py beside it);
 * names and normalization use the JDK (Unicode 13.0 in Java 17): the few characters added in
 * 14.0 have no name here and normalize as unassigned characters.
 */
public final class UnicodedataModule implements JavaModule {
    @Override public String name() { return "unicodedata"; }

    /** Runs of one property: start code point to (end exclusive, value). */
    static final class Prop {
        final TreeMap<Integer, Object[]> runs = new TreeMap<>();
        final String dflt;
        Prop(String dflt) { this.dflt = dflt; }
        String get(int cp) {
            Map.Entry<Integer, Object[]> e = runs.floorEntry(cp);
            if (e == null || cp >= (Integer) e.getValue()[0]) return dflt;
            return (String) e.getValue()[1];
        }
    }

    private static final Map<String, Prop> PROPS = load();

    private static Map<String, Prop> load() {
        Map<String, String> defaults = Map.of("category", "Cn", "bidirectional", "", "combining", "0", "east_asian_width", "N",
                "mirrored", "0", "decimal", "", "digit", "", "numeric", "", "decomposition", "");
        Map<String, Prop> props = new HashMap<>();
        try (InputStream raw = UnicodedataModule.class.getResourceAsStream("unicodedata-14.0.0.gz");
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
            Prop cur = null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    String name = line.substring(1);
                    cur = new Prop(defaults.get(name));
                    props.put(name, cur);
                    continue;
                }
                int a = line.indexOf(' '), b = line.indexOf(' ', a + 1);
                int start = Integer.parseInt(line.substring(0, a), 16);
                int count = Integer.parseInt(line.substring(a + 1, b));
                String v = line.substring(b + 1);
                if (v.equals("None")) v = "";
                cur.runs.put(start, new Object[]{start + count, v.intern()});
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("unicodedata-14.0.0.gz is missing from the class path", e);
        }
        return props;
    }

    static String prop(String name, int cp) { return PROPS.get(name).get(cp); }

    private static int ch(String fname, PyObject o) {
        String arg = fname.equals("name") || fname.equals("decimal") || fname.equals("digit") || fname.equals("numeric") ? "argument 1" : "argument";
        if (!(o instanceof PyStr)) throw Err.typeError(fname + "() " + arg + " must be a unicode character, not " + o.type().name);
        String s = ((PyStr) o).value;
        if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw Err.typeError(fname + "() " + arg + " must be a unicode character, not str");
        }
        return s.codePointAt(0);
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int[][] CJK = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738}, {0x2B740, 0x2B81D},
        {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A}};

    /** The character's name, or null. */
    public static String nameOf(int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        for (int[] r : CJK) if (cp >= r[0] && cp <= r[1]) return "CJK UNIFIED IDEOGRAPH-" + String.format("%X", cp);
        String cat = prop("category", cp);
        if (cat.equals("Cn") || cat.equals("Cc") || cat.equals("Co") || cat.equals("Cs")) return null;
        if (!Character.isDefined(cp)) return null;
        if (cp >= 0x18B00 && cp <= 0x18CD5) return "KHITAN SMALL SCRIPT CHARACTER-" + String.format("%X", cp);
        if (cp >= 0x1B170 && cp <= 0x1B2FB) return "NUSHU CHARACTER-" + String.format("%X", cp);
        if (cp >= 0x17000 && cp <= 0x187FF || cp >= 0x18D00 && cp <= 0x18D08) return null;
        return Character.getName(cp);
    }

    public static int lookup(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (n.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = 0xAC00; cp <= 0xD7A3; cp++) if (nameOf(cp).equals(n)) return cp;
            return -1;
        }
        for (String prefix : new String[]{"CJK UNIFIED IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"}) {
            if (n.startsWith(prefix)) {
                try {
                    int cp = Integer.parseInt(n.substring(prefix.length()), 16);
                    return n.equals(nameOf(cp)) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        try {
            int cp = Character.codePointOf(n);
            return n.equals(nameOf(cp)) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static Normalizer.Form form(PyObject f) {
        String s = Args.str(f, "normalize() argument 1");
        switch (s) {
            case "NFC": return Normalizer.Form.NFC;
            case "NFD": return Normalizer.Form.NFD;
            case "NFKC": return Normalizer.Form.NFKC;
            case "NFKD": return Normalizer.Form.NFKD;
            default: throw Err.valueError("invalid normalization form");
        }
    }

    /** The UCD type: unicodedata itself is one, and ucd_3_2_0 is another instance. */
    static final class Ucd extends PyObject {
        final String version;
        Ucd(String version) { this.version = version; }
        @Override public PyType type() { return UCD; }
    }

    private static PyObject numberProp(String fname, String prop, PyObject[] a, String err) {
        int cp = ch(fname, a[0]);
        String v = prop(prop, cp);
        if (v.isEmpty()) {
            if (a.length > 1) return a[1];
            throw Err.valueError(err);
        }
        if (prop.equals("numeric")) return new PyFloat(Double.parseDouble(v));
        return PyInt.of(Long.parseLong(v));
    }

    /** The functions shared by the module and UCD objects; a = arguments without self. */
    private static PyObject call(String fname, PyObject[] a, String[] k) {
        Args.noKw(fname, k);
        switch (fname) {
            case "lookup": {
                Args.range("lookup", a, 1, 1);
                String n = Args.str(a[0], "lookup() argument");
                int cp = lookup(n);
                if (cp < 0) throw Err.keyError("undefined character name '" + n + "'");
                return PyStr.of(new String(Character.toChars(cp)));
            }
            case "name": {
                Args.range("name", a, 1, 2);
                String n = nameOf(ch("name", a[0]));
                if (n == null) {
                    if (a.length > 1) return a[1];
                    throw Err.valueError("no such name");
                }
                return PyStr.of(n);
            }
            case "decimal": Args.range(fname, a, 1, 2); return numberProp(fname, "decimal", a, "not a decimal");
            case "digit": Args.range(fname, a, 1, 2); return numberProp(fname, "digit", a, "not a digit");
            case "numeric": Args.range(fname, a, 1, 2); return numberProp(fname, "numeric", a, "not a numeric character");
            case "category": case "bidirectional": case "east_asian_width":
                Args.range(fname, a, 1, 1);
                return PyStr.of(prop(fname, ch(fname, a[0])));
            case "combining": case "mirrored":
                Args.range(fname, a, 1, 1);
                return PyInt.of(Integer.parseInt(prop(fname, ch(fname, a[0]))));
            case "decomposition":
                Args.range(fname, a, 1, 1);
                return PyStr.of(prop(fname, ch(fname, a[0])).replace('_', ' '));
            case "normalize": {
                Args.range(fname, a, 2, 2);
                Normalizer.Form f = form(a[0]);
                String s = Args.str(a[1], "normalize() argument 2");
                return PyStr.of(Normalizer.normalize(s, f));
            }
            case "is_normalized": {
                Args.range(fname, a, 2, 2);
                Normalizer.Form f = form(a[0]);
                String s = Args.str(a[1], "is_normalized() argument 2");
                return PyBool.of(Normalizer.isNormalized(s, f));
            }
            default: throw new IllegalArgumentException(fname);
        }
    }

    private static final String[] FUNCTIONS = {"lookup", "name", "decimal", "digit", "numeric", "category", "bidirectional",
        "combining", "east_asian_width", "mirrored", "decomposition", "normalize", "is_normalized"};

    static final PyType UCD = ucdType();

    private static PyType ucdType() {
        PyType t = ModuleSupport.newFinalType("unicodedata", "UCD");
        for (String f : FUNCTIONS) ModuleSupport.method(t, f, (a, k) -> call(f, ModuleSupport.tail(a, 1), k));
        PyGetSet.add(t, "unidata_version", self -> PyStr.of(((Ucd) self).version));
        return t;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("unicodedata");
        for (String f : FUNCTIONS) def(m, f, (a, k) -> call(f, a, k));
        m.dict.putStr("unidata_version", PyStr.of("14.0.0"));
        m.dict.putStr("UCD", UCD);
        m.dict.putStr("ucd_3_2_0", new Ucd("3.2.0"));
        return m;
    }
}
