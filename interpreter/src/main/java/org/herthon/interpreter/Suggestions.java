package org.herthon.interpreter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.builtins.BuiltinsModule;
import org.herthon.interpreter.runtime.*;

/** CPython 3.11's "Did you mean: ...?" suggestions for uncaught NameError and AttributeError (suggestions.c). */
final class Suggestions {
    private Suggestions() {}
    static final int MAX_CANDIDATE_ITEMS = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1;

    static String offer(PyBaseException exc) {
        try {
            PyType t = exc.type();
            if (t == PyExc.AttributeError) {
                PyObject name = exc.attr("name"), obj = exc.attr("obj");
                if (!(name instanceof PyStr) || obj == null) return null;
                PyObject f = obj.type().lookup("__dir__");
                PyObject dir = f == null || f instanceof PyBuiltinFunction ? BuiltinsModule.dirOf(obj) : Ops.callDunder(f, obj);
                List<String> names = strings(Ops.toArray(dir));
                java.util.Collections.sort(names);
                return calculate(names, ((PyStr) name).value);
            }
            if (t == PyExc.NameError) {
                PyObject name = exc.attr("name");
                PyTraceback tb = exc.traceback;
                if (!(name instanceof PyStr) || tb == null) return null;
                while (tb.next != null) tb = tb.next;
                Frame f = tb.frame;
                String n = ((PyStr) name).value;
                String s = calculate(List.of(f.code.varnames), n);
                if (s != null) return s;
                s = calculate(strings(Ops.toArray(f.globals)), n);
                if (s != null) return s;
                return calculate(strings(Ops.toArray(f.builtins)), n);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static List<String> strings(PyObject[] items) {
        List<String> out = new ArrayList<>();
        for (PyObject o : items) if (o instanceof PyStr) out.add(((PyStr) o).value);
        return out;
    }

    static String calculate(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) return null;
        int best = Integer.MAX_VALUE;
        String suggestion = null;
        byte[] nb = name.getBytes(StandardCharsets.UTF_8);
        for (String item : dir) {
            if (item.equals(name)) continue;
            byte[] ib = item.getBytes(StandardCharsets.UTF_8);
            int max = (nb.length + ib.length + 3) * MOVE_COST / 6;
            max = Math.min(max, best - 1);
            int d = levenshtein(nb, ib, max);
            if (d > max) continue;
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        if ('A' <= a && a <= 'Z') a += 'a' - 'A';
        if ('A' <= b && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }

    static int levenshtein(byte[] a0, byte[] b0, int maxCost) {
        int as = 0, ae = a0.length, bs = 0, be = b0.length;
        while (as < ae && bs < be && a0[as] == b0[bs]) { as++; bs++; }
        while (as < ae && bs < be && a0[ae - 1] == b0[be - 1]) { ae--; be--; }
        int aSize = ae - as, bSize = be - bs;
        if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
        byte[] a = java.util.Arrays.copyOfRange(a0, as, ae), b = java.util.Arrays.copyOfRange(b0, bs, be);
        if (b.length < a.length) { byte[] t = a; a = b; b = t; }
        if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
        int[] buffer = new int[a.length];
        int tmp = MOVE_COST;
        for (int i = 0; i < a.length; i++) { buffer[i] = tmp; tmp += MOVE_COST; }
        int result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length; i++) {
                int substitute = distance + substitutionCost(code, a[i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
