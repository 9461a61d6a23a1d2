package org.herthon.interpreter.modules;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** CPython 3.11's _random: the Mersenne Twister (MT19937) Random type that random.py subclasses. */
public final class RandomModule implements JavaModule {
    @Override public String name() { return "_random"; }

    private static final int N = 624, M = 397;

    /** A Random instance: the twister's state, and a __dict__ for instances of subclasses. */
    static final class RandomObject extends PyObject {
        final PyType cls;
        final PyDict dict;
        final int[] state = new int[N];
        int index = N + 1;

        RandomObject(PyType cls) {
            this.cls = cls;
            this.dict = cls == TYPE ? null : new PyDict();
        }

        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }

        int next32() {
            int[] mt = state;
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= (y >>> 11);
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= (y >>> 18);
            return y;
        }

        void initGenrand(int s) {
            int[] mt = state;
            mt[0] = s;
            for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            index = N;
        }

        void initByArray(int[] key) {
            int[] mt = state;
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
                if (j >= key.length) j = 0;
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            }
            mt[0] = 0x80000000;
        }

        void seed(PyObject arg) {
            if (arg == null || arg == PyNone.INSTANCE) {
                int[] key = new int[N];
                SecureRandom sr = new SecureRandom();
                for (int i = 0; i < N; i++) key[i] = sr.nextInt();
                initByArray(key);
                return;
            }
            BigInteger n;
            if (Arith.isInt(arg)) n = Arith.big(arg).abs();
            else n = BigInteger.valueOf(Ops.hash(arg)).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
            int bits = n.bitLength();
            int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
            int[] key = new int[words];
            for (int w = 0; w < words; w++) key[w] = n.shiftRight(32 * w).intValue();
            initByArray(key);
        }
    }

    static final PyType TYPE = makeType();

    private static PyType makeType() {
        PyType t = ModuleSupport.newType("_random", "Random", RandomObject::new);
        t.dict.putStr("__doc__", PyStr.of("Random() -> create a random number generator with its own internal state."));
        ModuleSupport.method(t, "__init__", (a, k) -> {
            RandomObject self = (RandomObject) a[0];
            if ((self.cls == TYPE || self.cls.lookup("__init__") == TYPE.dict.getStr("__init__")) && k != null && k.length > 0) {
                throw Err.typeError("Random() takes no keyword arguments");
            }
            int npos = a.length - 1 - (k == null ? 0 : k.length);
            if (npos > 1) throw Err.typeError("Random() requires 0 or 1 argument");
            self.seed(npos == 1 ? a[1] : null);
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "random", (a, k) -> {
            Args.noKw("random", k);
            if (a.length != 1) throw Err.typeError("Random.random() takes no arguments (" + (a.length - 1) + " given)");
            RandomObject self = (RandomObject) a[0];
            long x = self.next32() >>> 5 & 0x7ffffffL, y = (self.next32() >>> 6) & 0x3ffffffL;
            return new PyFloat((x * 67108864.0 + y) * (1.0 / 9007199254740992.0));
        });
        ModuleSupport.method(t, "seed", (a, k) -> {
            Args.noKw("seed", k);
            if (a.length > 2) throw Err.typeError("seed expected at most 1 argument, got " + (a.length - 1));
            ((RandomObject) a[0]).seed(a.length == 2 ? a[1] : null);
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "getstate", (a, k) -> {
            Args.noKw("getstate", k);
            if (a.length != 1) throw Err.typeError("Random.getstate() takes no arguments (" + (a.length - 1) + " given)");
            RandomObject self = (RandomObject) a[0];
            PyObject[] items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) items[i] = PyInt.of(self.state[i] & 0xffffffffL);
            items[N] = PyInt.of(self.index);
            return new PyTuple(items);
        });
        ModuleSupport.method(t, "setstate", (a, k) -> {
            Args.noKw("setstate", k);
            if (a.length != 2) throw Err.typeError("Random.setstate() takes exactly one argument (" + (a.length - 1) + " given)");
            RandomObject self = (RandomObject) a[0];
            if (!(a[1] instanceof PyTuple)) throw Err.typeError("state vector must be a tuple");
            PyObject[] items = ((PyTuple) a[1]).items;
            if (items.length != N + 1) throw Err.valueError("state vector is the wrong size");
            int[] fresh = new int[N];
            for (int i = 0; i < N; i++) {
                PyObject o = items[i];
                if (!Arith.isInt(o)) throw Err.typeError("an integer is required");
                BigInteger v = Arith.big(o);
                if (v.signum() < 0) throw Err.overflow("can't convert negative value to unsigned int");
                if (v.bitLength() > 64) throw Err.overflow("Python int too large to convert to C unsigned long");
                fresh[i] = v.intValue();
            }
            PyObject io = items[N];
            if (io instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
            BigInteger idx = ModuleSupport.bigIndex(io);
            if (idx.bitLength() > 63) throw Err.overflow("Python int too large to convert to C long");
            long index = idx.longValue();
            if (index < 0 || index > N) throw Err.valueError("invalid state");
            self.index = (int) index;
            System.arraycopy(fresh, 0, self.state, 0, N);
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "getrandbits", (a, k) -> {
            Args.noKw("getrandbits", k);
            if (a.length != 2) throw Err.typeError("Random.getrandbits() takes exactly one argument (" + (a.length - 1) + " given)");
            RandomObject self = (RandomObject) a[0];
            int bits = ModuleSupport.cInt(a[1]);
            if (bits < 0) throw Err.valueError("number of bits must be non-negative");
            if (bits == 0) return PyInt.ZERO;
            if (bits <= 32) return PyInt.of((self.next32() & 0xffffffffL) >>> (32 - bits));
            int words = (bits - 1) / 32 + 1;
            byte[] be = new byte[words * 4 + 1];
            int left = bits;
            for (int i = 0; i < words; i++, left -= 32) {
                int r = self.next32();
                if (left < 32) r >>>= (32 - left);
                int at = be.length - 4 * (i + 1);
                be[at] = (byte) (r >>> 24);
                be[at + 1] = (byte) (r >>> 16);
                be[at + 2] = (byte) (r >>> 8);
                be[at + 3] = (byte) r;
            }
            return PyInt.of(new BigInteger(be));
        });
        return t;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_random");
        m.dict.putStr("__doc__", PyStr.of("Module implements the Mersenne Twister random number generator."));
        m.dict.putStr("Random", TYPE);
        return m;
    }
}
