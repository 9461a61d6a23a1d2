package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** CPython 3.11's _heapq: the same sift order (and cache-friendly heapify for big lists), so heaps come out equal. */
public final class HeapqModule implements JavaModule {
    @Override public String name() { return "_heapq"; }

    private static boolean lt(PyObject a, PyObject b) { return Ops.isTrue(Ops.richCompare(a, b, Ops.LT)); }

    private static PyList list(PyObject o, String fname, boolean first) {
        if (!(o instanceof PyList)) throw Err.typeError(fname + "() argument" + (first ? " 1" : "") + " must be list, not " + o.type().name);
        return (PyList) o;
    }

    private static void one(String name, PyObject[] a, String[] k) {
        Args.noKw(name, k);
        if (a.length != 1) throw Err.typeError("_heapq." + name + "() takes exactly one argument (" + a.length + " given)");
    }

    private static void siftDown(PyList heap, int start, int pos, boolean max) {
        PyObject newitem = heap.items[pos];
        while (pos > start) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = heap.items[parentpos];
            boolean less = max ? lt(parent, newitem) : lt(newitem, parent);
            if (pos >= heap.size || parentpos >= heap.size) throw Err.runtimeError("list changed size during iteration");
            if (!less) break;
            heap.items[pos] = parent;
            pos = parentpos;
        }
        heap.items[pos] = newitem;
    }

    private static void siftUp(PyList heap, int pos, boolean max) {
        int end = heap.size, start = pos;
        int child = 2 * pos + 1;
        PyObject newitem = heap.items[pos];
        while (child < end) {
            if (child + 1 < end) {
                boolean cmp = max ? lt(heap.items[child + 1], heap.items[child]) : lt(heap.items[child], heap.items[child + 1]);
                if (end != heap.size) throw Err.runtimeError("list changed size during iteration");
                if (!cmp) child++;
            }
            heap.items[pos] = heap.items[child];
            pos = child;
            child = 2 * pos + 1;
        }
        heap.items[pos] = newitem;
        siftDown(heap, start, pos, max);
    }

    private static int keepTopBit(int n) {
        int i = 0;
        while (n > 1) {
            n >>= 1;
            i++;
        }
        return n << i;
    }

    private static void heapify(PyList heap, boolean max) {
        int n = heap.size;
        if (n > 2500) {
            int m = n >> 1;
            int leftmost = keepTopBit(m + 1) - 1;
            int mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--) {
                for (int j = i; ; j >>= 1) {
                    siftUp(heap, j, max);
                    if ((j & 1) == 0) break;
                }
            }
            for (int i = m - 1; i >= leftmost; i--) {
                for (int j = i; ; j >>= 1) {
                    siftUp(heap, j, max);
                    if ((j & 1) == 0) break;
                }
            }
            return;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
    }

    private static PyObject pop(PyList heap, boolean max) {
        if (heap.size == 0) throw Err.indexError("index out of range");
        PyObject last = heap.items[--heap.size];
        heap.items[heap.size] = null;
        if (heap.size == 0) return last;
        PyObject ret = heap.items[0];
        heap.items[0] = last;
        siftUp(heap, 0, max);
        return ret;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size == 0) throw Err.indexError("index out of range");
        PyObject ret = heap.items[0];
        heap.items[0] = item;
        siftUp(heap, 0, max);
        return ret;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_heapq");
        m.dict.putStr("__about__", PyStr.of("Heap queues"));
        def(m, "heappush", (a, k) -> {
            Args.noKw("heappush", k);
            Args.range("heappush", a, 2, 2);
            PyList h = list(a[0], "heappush", true);
            h.append(a[1]);
            siftDown(h, 0, h.size - 1, false);
            return PyNone.INSTANCE;
        });
        def(m, "heappop", (a, k) -> { one("heappop", a, k); return pop(list(a[0], "heappop", false), false); });
        def(m, "_heappop_max", (a, k) -> { one("_heappop_max", a, k); return pop(list(a[0], "_heappop_max", false), true); });
        def(m, "heapify", (a, k) -> { one("heapify", a, k); heapify(list(a[0], "heapify", false), false); return PyNone.INSTANCE; });
        def(m, "_heapify_max", (a, k) -> { one("_heapify_max", a, k); heapify(list(a[0], "_heapify_max", false), true); return PyNone.INSTANCE; });
        def(m, "heapreplace", (a, k) -> {
            Args.noKw("heapreplace", k);
            Args.range("heapreplace", a, 2, 2);
            return replace(list(a[0], "heapreplace", true), a[1], false);
        });
        def(m, "_heapreplace_max", (a, k) -> {
            Args.noKw("_heapreplace_max", k);
            Args.range("_heapreplace_max", a, 2, 2);
            return replace(list(a[0], "_heapreplace_max", true), a[1], true);
        });
        def(m, "heappushpop", (a, k) -> {
            Args.noKw("heappushpop", k);
            Args.range("heappushpop", a, 2, 2);
            PyList h = list(a[0], "heappushpop", true);
            PyObject item = a[1];
            if (h.size == 0) return item;
            PyObject top = h.items[0];
            if (!lt(top, item)) return item;
            if (h.size == 0) throw Err.indexError("index out of range");
            PyObject ret = h.items[0];
            h.items[0] = item;
            siftUp(h, 0, false);
            return ret;
        });
        return m;
    }
}
