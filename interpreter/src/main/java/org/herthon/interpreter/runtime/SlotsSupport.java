package org.herthon.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;

/** __slots__: member descriptors, no instance __dict__ or weak references unless asked for. */
public final class SlotsSupport {
    private SlotsSupport() {}

    static String mangle(String cls, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        String c = cls;
        int i = 0;
        while (i < c.length() && c.charAt(i) == '_') i++;
        if (i == c.length()) return name;
        return "_" + c.substring(i) + name;
    }

    private static boolean identifier(String s) {
        if (s.isEmpty()) return false;
        int c0 = s.codePointAt(0);
        if (!(Character.isLetter(c0) || c0 == '_')) return false;
        return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private static PyType slotSolid(PyType b) {
        for (PyType m : b.mro) if (m.ownSlots != null && m.ownSlots.length > 0) return m;
        return b;
    }

    /** Sets up t's slots from its namespace (type.__new__). bases are t's explicit bases. */
    static void apply(PyType t, PyDict ns, List<PyType> bases) {
        boolean baseDict = false, baseWeak = false;
        int baseCount = 0;
        PyType slotBase = null;
        for (PyType b : bases) {
            if (!b.builtin || b == PyType.OBJECT) {
                if (!b.noInstanceDict) baseDict = true;
                if (!b.noWeakref && b != PyType.OBJECT) baseWeak = true;
            } else {
                baseDict |= b != PyType.OBJECT && !b.noInstanceDict && false;
            }
            if (b.slotCount > 0) {
                // layouts are those of the nearest classes that added members (CPython's solid bases):
                // two bases that add none over a common ancestor agree (pathlib's PosixPath)
                PyType sb = slotSolid(b);
                if (slotBase != null && !sb.isSubtypeOf(slotBase) && !slotBase.isSubtypeOf(sb)) {
                    throw Err.typeError("multiple bases have instance lay-out conflict");
                }
                if (slotBase == null || sb.isSubtypeOf(slotBase)) { baseCount = b.slotCount; slotBase = sb; }
            }
        }
        PyObject sl = ns.getStr("__slots__");
        if (sl == null) {
            t.slotCount = baseCount;
            return;
        }
        PyObject[] items = sl instanceof PyStr ? new PyObject[]{sl} : Ops.toArray(sl);
        List<String> names = new ArrayList<>();
        boolean wantDict = false, wantWeak = false;
        for (PyObject it : items) {
            if (!(it instanceof PyStr)) throw Err.typeError("__slots__ items must be strings, not '" + it.type().name + "'");
            String n = ((PyStr) it).value;
            if (!identifier(n)) throw Err.typeError("__slots__ must be identifiers");
            if (n.equals("__dict__")) {
                if (baseDict || wantDict) throw Err.typeError("__dict__ slot disallowed: we already got one");
                wantDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                if (baseWeak || wantWeak) throw Err.typeError("__weakref__ slot disallowed: we already got one");
                wantWeak = true;
                continue;
            }
            String m = mangle(t.name, n);
            // CPython accepts a name twice (datetime's __slots__ = date.__slots__ + time.__slots__
            // repeats '_hashcode'): the later member wins, which one slot does too.
            if (names.contains(m)) continue;
            names.add(m);
        }
        PyType solid = t.solid;
        if (!names.isEmpty() && solid != null && (solid == PyType.INT || solid.isSubtypeOf(PyType.INT) || solid == PyType.BYTES || solid == PyType.TUPLE)) {
            throw Err.typeError("nonempty __slots__ not supported for subtype of '" + solid.name + "'");
        }
        for (String n : names) {
            if (ns.getStr(n) != null) throw Err.valueError("'" + n + "' in __slots__ conflicts with class variable");
        }
        t.noInstanceDict = !(baseDict || wantDict);
        t.noWeakref = !(baseWeak || wantWeak);
        t.ownSlots = names.toArray(new String[0]);
        t.slotCount = baseCount + names.size();
        for (int i = 0; i < names.size(); i++) {
            final int idx = baseCount + i;
            final String n = names.get(i);
            t.dict.putStr(n, new PyMemberDescr(t, n, obj -> get(obj, idx, n), (obj, v) -> set(obj, idx, n, v)));
        }
    }

    private static PyObject get(PyObject obj, int idx, String name) {
        if (obj instanceof PyInstance) {
            PyObject[] s = ((PyInstance) obj).slots;
            return s == null || idx >= s.length ? null : s[idx];
        }
        PyDict d = obj.getDict();
        return d == null ? null : d.getStr(name);
    }

    private static void set(PyObject obj, int idx, String name, PyObject v) {
        if (obj instanceof PyInstance) {
            ((PyInstance) obj).slots[idx] = v;
            return;
        }
        PyDict d = obj.getDict();
        if (d == null) throw Err.attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
        if (v == null) d.delStr(name); else d.putStr(name, v);
    }

    /** The set slot members of self by name (for __getstate__), or null when its class has none. */
    static PyDict slotValues(PyObject self) {
        PyType t = self.type();
        if (t.slotCount == 0) return null;
        PyDict out = new PyDict();
        for (PyType c : t.mro) {
            if (c.ownSlots == null) continue;
            for (String n : c.ownSlots) {
                PyObject d = c.dict.getStr(n);
                if (!(d instanceof PyMemberDescr)) continue;
                PyObject v;
                try {
                    v = d.descrGet(self, t);
                } catch (PyException e) {
                    if (!e.matches(PyExc.AttributeError)) throw e;
                    continue;
                }
                out.putStr(n, v);
            }
        }
        return out;
    }
}
