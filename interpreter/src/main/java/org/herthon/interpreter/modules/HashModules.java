package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.util.LinkedHashMap;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * The hash modules: _hashlib (CPython's OpenSSL-backed one, here over {@link Digests}) and the
 * built-in _md5, _sha1, _sha256, _sha512, _sha3, _blake2. hashlib.py and hmac.py use them as they
 * use CPython's.
 */
public final class HashModules {
    private HashModules() {}

    /** A hash object of any of the hash types. */
    static final class HashObject extends PyObject {
        final PyType cls;
        final Digests.Engine engine;

        HashObject(PyType cls, Digests.Engine engine) {
            this.cls = cls;
            this.engine = engine;
        }

        @Override public PyType type() { return cls; }

        @Override public String pyRepr() {
            if (cls == HASH || cls == HASHXOF) return "<" + engine.name + " " + cls.qualifiedName() + " object @ " + Ops.addressString(this) + ">";
            return super.pyRepr();
        }
    }

    /** An HMAC object of _hashlib. */
    static final class HmacObject extends PyObject {
        final Digests.Hmac hmac;
        final Digests.Engine proto;

        HmacObject(Digests.Hmac hmac, Digests.Engine proto) {
            this.hmac = hmac;
            this.proto = proto;
        }

        @Override public PyType type() { return HMAC; }
        @Override public String pyRepr() { return "<" + proto.name + " HMAC object @ " + Ops.addressString(this) + ">"; }
    }

    static final PyType HASH = hashType("_hashlib", "HASH", null);
    static final PyType HASHXOF = hashType("_hashlib", "HASHXOF", HASH);
    static final PyType HMAC = hmacType();
    private static final Map<String, PyType> BUILTIN_TYPES = new LinkedHashMap<>();

    static {
        for (String[] mn : new String[][]{{"_md5", "md5"}, {"_sha1", "sha1"}, {"_sha256", "sha224"}, {"_sha256", "sha256"},
                {"_sha512", "sha384"}, {"_sha512", "sha512"}, {"_sha3", "sha3_224"}, {"_sha3", "sha3_256"},
                {"_sha3", "sha3_384"}, {"_sha3", "sha3_512"}, {"_sha3", "shake_128"}, {"_sha3", "shake_256"},
                {"_blake2", "blake2b"}, {"_blake2", "blake2s"}}) {
            BUILTIN_TYPES.put(mn[1], hashType(mn[0], mn[1], null));
        }
    }

    private static boolean xof(PyObject self) { return ((HashObject) self).engine.isXof(); }

    private static PyType hashType(String module, String name, PyType base) {
        PyType t;
        if (base == null) {
            t = ModuleSupport.newType(module, name, null);
        } else {
            t = new PyType(name, true, new PyType[]{base});
            t.dict.putStr("__module__", PyStr.of(module));
        }
        t.baseAllowed = false;
        boolean callable = module.equals("_sha3") || module.equals("_blake2");
        if (!callable) {
            t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
                throw Err.typeError("cannot create '" + module + "." + name + "' instances");
            })));
        }
        boolean isXof = name.startsWith("shake") || name.equals("HASHXOF");
        ModuleSupport.method(t, "update", (a, k) -> {
            Args.noKw("update", k);
            if (a.length != 2) throw Err.typeError(name + ".update() takes exactly one argument (" + (a.length - 1) + " given)");
            byte[] d = Buffers.hashData(a[1]);
            ((HashObject) a[0]).engine.update(d, 0, d.length);
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "copy", (a, k) -> {
            Args.noKw("copy", k);
            HashObject self = (HashObject) a[0];
            return new HashObject(self.cls, self.engine.copy());
        });
        if (isXof) {
            for (String meth : new String[]{"digest", "hexdigest"}) {
                ModuleSupport.method(t, meth, (a, k) -> {
                    PyObject[] p = Args.bind(meth, ModuleSupport.tail(a, 1), k, new String[]{"length"}, 1, 1);
                    long n = ModuleSupport.ssize(p[0]);
                    if (n < 0) throw Err.valueError("negative digest length");
                    if (n >= (1L << 29)) throw Err.valueError("digest length is too large");
                    byte[] d = ((HashObject) a[0]).engine.digest((int) n);
                    return meth.equals("digest") ? new PyBytes(d) : PyStr.of(Buffers.hex(d));
                });
            }
        } else {
            ModuleSupport.method(t, "digest", (a, k) -> {
                Args.noKw("digest", k);
                return new PyBytes(((HashObject) a[0]).engine.digest());
            });
            ModuleSupport.method(t, "hexdigest", (a, k) -> {
                Args.noKw("hexdigest", k);
                return PyStr.of(Buffers.hex(((HashObject) a[0]).engine.digest()));
            });
        }
        PyGetSet.add(t, "name", self -> PyStr.of(((HashObject) self).engine.name));
        PyGetSet.add(t, "digest_size", self -> PyInt.of(((HashObject) self).engine.digestSize()));
        PyGetSet.add(t, "block_size", self -> PyInt.of(((HashObject) self).engine.blockSize()));
        if (module.equals("_sha3")) {
            PyGetSet.add(t, "_capacity_bits", self -> PyInt.of(1600 - ((HashObject) self).engine.blockSize() * 8));
            PyGetSet.add(t, "_rate_bits", self -> PyInt.of(((HashObject) self).engine.blockSize() * 8));
            PyGetSet.add(t, "_suffix", self -> new PyBytes(new byte[]{(byte) (xof(self) ? 0x1f : 0x06)}));
            t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
                PyType cls = (PyType) a[0];
                PyObject[] p = Args.bind(name, ModuleSupport.tail(a, 1), k, new String[]{"data", "usedforsecurity"}, 0, 1);
                HashObject h = new HashObject(cls, Digests.forName(name));
                if (p[0] != null) {
                    byte[] d = Buffers.hashData(p[0]);
                    h.engine.update(d, 0, d.length);
                }
                return h;
            })));
        }
        if (module.equals("_blake2")) blake2(t, name.equals("blake2b"));
        return t;
    }

    private static void blake2(PyType t, boolean big) {
        int maxDigest = big ? 64 : 32, maxKey = big ? 64 : 32, saltSize = big ? 16 : 8, personSize = big ? 16 : 8;
        t.dict.putStr("MAX_DIGEST_SIZE", PyInt.of(maxDigest));
        t.dict.putStr("MAX_KEY_SIZE", PyInt.of(maxKey));
        t.dict.putStr("SALT_SIZE", PyInt.of(saltSize));
        t.dict.putStr("PERSON_SIZE", PyInt.of(personSize));
        String name = t.name;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyObject[] p = Args.bind(name, ModuleSupport.tail(a, 1), k, new String[]{"data", "digest_size", "key", "salt", "person",
                "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}, 0, 1);
            int digestSize = p[1] == null ? maxDigest : ModuleSupport.cInt(p[1]);
            if (digestSize < 1 || digestSize > maxDigest) throw Err.valueError("digest_size must be between 1 and " + maxDigest + " bytes");
            byte[] key = p[2] == null ? new byte[0] : Buffers.hashData(p[2]);
            if (key.length > maxKey) throw Err.valueError("maximum key length is " + maxKey + " bytes");
            byte[] salt = p[3] == null ? new byte[0] : Buffers.hashData(p[3]);
            if (salt.length > saltSize) throw Err.valueError("maximum salt length is " + saltSize + " bytes");
            byte[] person = p[4] == null ? new byte[0] : Buffers.hashData(p[4]);
            if (person.length > personSize) throw Err.valueError("maximum person length is " + personSize + " bytes");
            int fanout = p[5] == null ? 1 : ModuleSupport.cInt(p[5]);
            if (fanout < 0 || fanout > 255) throw Err.valueError("fanout must be between 0 and 255");
            int depth = p[6] == null ? 1 : ModuleSupport.cInt(p[6]);
            if (depth <= 0 || depth > 255) throw Err.valueError("depth must be between 1 and 255");
            long leaf = p[7] == null ? 0 : ModuleSupport.bigIndex(p[7]).longValue();
            if (leaf < 0 || leaf > 0xffffffffL) throw Err.overflow("leaf_size is too large");
            long nodeOffset = p[8] == null ? 0 : ModuleSupport.bigIndex(p[8]).longValue();
            if (!big && (nodeOffset >>> 48) != 0) throw Err.overflow("node_offset is too large");
            int nodeDepth = p[9] == null ? 0 : ModuleSupport.cInt(p[9]);
            if (nodeDepth < 0 || nodeDepth > 255) throw Err.valueError("node_depth must be between 0 and 255");
            int inner = p[10] == null ? 0 : ModuleSupport.cInt(p[10]);
            if (inner < 0 || inner > maxDigest) throw Err.valueError("inner_size must be between 0 and is " + maxDigest);
            boolean lastNode = p[11] != null && Ops.isTrue(p[11]);
            Digests.Engine e = big
                    ? new Digests.Blake2b(digestSize, key, salt, person, fanout, depth, leaf, nodeOffset, nodeDepth, inner, lastNode)
                    : new Digests.Blake2s(digestSize, key, salt, person, fanout, depth, leaf, nodeOffset, nodeDepth, inner, lastNode);
            HashObject h = new HashObject(cls, e);
            if (p[0] != null) {
                byte[] d = Buffers.hashData(p[0]);
                e.update(d, 0, d.length);
            }
            return h;
        })));
    }

    private static PyType hmacType() {
        PyType t = ModuleSupport.newFinalType("_hashlib", "HMAC");
        ModuleSupport.method(t, "update", (a, k) -> {
            PyObject[] p = Args.bind("update", ModuleSupport.tail(a, 1), k, new String[]{"msg"}, 1, 1);
            ((HmacObject) a[0]).hmac.update(Buffers.hashData(p[0]));
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "digest", (a, k) -> new PyBytes(((HmacObject) a[0]).hmac.digest()));
        ModuleSupport.method(t, "hexdigest", (a, k) -> PyStr.of(Buffers.hex(((HmacObject) a[0]).hmac.digest())));
        ModuleSupport.method(t, "copy", (a, k) -> {
            HmacObject self = (HmacObject) a[0];
            return new HmacObject(self.hmac.copy(), self.proto);
        });
        PyGetSet.add(t, "name", self -> PyStr.of("hmac-" + ((HmacObject) self).proto.name));
        PyGetSet.add(t, "digest_size", self -> PyInt.of(((HmacObject) self).proto.digestSize()));
        PyGetSet.add(t, "block_size", self -> PyInt.of(((HmacObject) self).proto.blockSize()));
        return t;
    }

    private static HashObject make(PyType t, Digests.Engine e, PyObject data) {
        HashObject h = new HashObject(t, e);
        if (data != null) {
            byte[] d = Buffers.hashData(data);
            e.update(d, 0, d.length);
        }
        return h;
    }

    /** A module-level constructor like _md5.md5(string=b'', *, usedforsecurity=True). */
    private static void constructor(PyModule m, String fname, String alg, PyType type) {
        def(m, fname, (a, k) -> {
            PyObject[] p = Args.bind(fname, a, k, new String[]{"string", "usedforsecurity"}, 0, 1);
            Digests.Engine e = Digests.forName(alg);
            return make(type == null ? (e.isXof() ? HASHXOF : HASH) : type, e, p[0]);
        });
    }

    private static PyModule builtinModule(String name, String... algs) {
        PyModule m = new PyModule(name);
        for (String alg : algs) constructor(m, alg, alg, BUILTIN_TYPES.get(alg));
        return m;
    }

    public static final class Md5 implements JavaModule {
        @Override public String name() { return "_md5"; }
        @Override public PyModule create(Interpreter in) { return builtinModule("_md5", "md5"); }
    }

    public static final class Sha1 implements JavaModule {
        @Override public String name() { return "_sha1"; }
        @Override public PyModule create(Interpreter in) { return builtinModule("_sha1", "sha1"); }
    }

    public static final class Sha256 implements JavaModule {
        @Override public String name() { return "_sha256"; }
        @Override public PyModule create(Interpreter in) { return builtinModule("_sha256", "sha224", "sha256"); }
    }

    public static final class Sha512 implements JavaModule {
        @Override public String name() { return "_sha512"; }
        @Override public PyModule create(Interpreter in) { return builtinModule("_sha512", "sha384", "sha512"); }
    }

    public static final class Sha3 implements JavaModule {
        @Override public String name() { return "_sha3"; }
        @Override public PyModule create(Interpreter in) {
            PyModule m = new PyModule("_sha3");
            for (String n : new String[]{"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}) {
                m.dict.putStr(n, BUILTIN_TYPES.get(n));
            }
            m.dict.putStr("implementation", PyStr.of("Java"));
            m.dict.putStr("keccakopt", PyInt.of(64));
            return m;
        }
    }

    public static final class Blake2 implements JavaModule {
        @Override public String name() { return "_blake2"; }
        @Override public PyModule create(Interpreter in) {
            PyModule m = new PyModule("_blake2");
            m.dict.putStr("blake2b", BUILTIN_TYPES.get("blake2b"));
            m.dict.putStr("blake2s", BUILTIN_TYPES.get("blake2s"));
            m.dict.putStr("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(64));
            m.dict.putStr("BLAKE2B_MAX_KEY_SIZE", PyInt.of(64));
            m.dict.putStr("BLAKE2B_PERSON_SIZE", PyInt.of(16));
            m.dict.putStr("BLAKE2B_SALT_SIZE", PyInt.of(16));
            m.dict.putStr("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(32));
            m.dict.putStr("BLAKE2S_MAX_KEY_SIZE", PyInt.of(32));
            m.dict.putStr("BLAKE2S_PERSON_SIZE", PyInt.of(8));
            m.dict.putStr("BLAKE2S_SALT_SIZE", PyInt.of(8));
            return m;
        }
    }

    /** _hashlib: what CPython builds on OpenSSL, here on the same engines. */
    public static final class Hashlib implements JavaModule {
        @Override public String name() { return "_hashlib"; }

        private static final String[] OPENSSL = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512",
            "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"};

        @Override public PyModule create(Interpreter in) {
            PyModule m = new PyModule("_hashlib");
            PyType unsupported = ModuleSupport.newException("_hashlib", "UnsupportedDigestmodError", PyExc.ValueError);
            m.dict.putStr("UnsupportedDigestmodError", unsupported);
            m.dict.putStr("HASH", HASH);
            m.dict.putStr("HASHXOF", HASHXOF);
            m.dict.putStr("HMAC", HMAC);
            PyDict constructors = new PyDict();
            for (String alg : OPENSSL) {
                constructor(m, "openssl_" + alg, alg, null);
                constructors.put(m.dict.getStr("openssl_" + alg), PyStr.of(alg));
            }
            m.dict.putStr("_constructors", new PyMappingProxy(constructors));
            PySet names = new PySet(true);
            for (String n : new String[]{"blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224", "sha3_256",
                    "sha3_384", "sha3_512", "sha512", "sha512_224", "sha512_256", "shake_128", "shake_256"}) {
                names.add(PyStr.of(n));
            }
            m.dict.putStr("openssl_md_meth_names", names);
            def(m, "new", (a, k) -> {
                PyObject[] p = Args.bind("new", a, k, new String[]{"name", "string", "usedforsecurity"}, 1, 2);
                String name = Args.str(p[0], "new() argument 'name'");
                Digests.Engine e = Digests.forName(name);
                if (e == null) throw Err.valueError("[digital envelope routines] unsupported");
                return make(e.isXof() ? HASHXOF : HASH, e, p[1]);
            });
            def(m, "get_fips_mode", (a, k) -> PyInt.ZERO);
            def(m, "compare_digest", (a, k) -> {
                Args.noKw("compare_digest", k);
                Args.range("compare_digest", a, 2, 2);
                return PyBool.of(compareDigest(a[0], a[1]));
            });
            def(m, "hmac_new", (a, k) -> {
                PyObject[] p = Args.bind("hmac_new", a, k, new String[]{"key", "msg", "digestmod"}, 1, 3);
                if (p[2] == null || p[2] == PyNone.INSTANCE) throw Err.typeError("Missing required parameter 'digestmod'.");
                byte[] key = Buffers.bytes(p[0]);
                Digests.Engine proto = digestmod(p[2], constructors, unsupported);
                Digests.Hmac h = new Digests.Hmac(proto, key);
                if (p[1] != null && p[1] != PyNone.INSTANCE) h.update(Buffers.hashData(p[1]));
                return new HmacObject(h, proto);
            });
            def(m, "hmac_digest", (a, k) -> {
                PyObject[] p = Args.bind("hmac_digest", a, k, new String[]{"key", "msg", "digest"}, 3, 3);
                Digests.Engine proto = digestmod(p[2], constructors, unsupported);
                Digests.Hmac h = new Digests.Hmac(proto, Buffers.bytes(p[0]));
                h.update(Buffers.bytes(p[1]));
                return new PyBytes(h.digest());
            });
            def(m, "pbkdf2_hmac", (a, k) -> {
                PyObject[] p = Args.bind("pbkdf2_hmac", a, k, new String[]{"hash_name", "password", "salt", "iterations", "dklen"}, 4, 5);
                String name = Args.str(p[0], "pbkdf2_hmac() argument 'hash_name'");
                byte[] password = Buffers.bytes(p[1]), salt = Buffers.bytes(p[2]);
                long iterations = ModuleSupport.bigIndex(p[3]).min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
                if (iterations < 1) throw Err.valueError("iteration value must be greater than 0.");
                if (iterations > Integer.MAX_VALUE) throw Err.overflow("iteration value is too great.");
                Digests.Engine e = Digests.forName(name);
                if (e == null || e.isXof()) throw Err.make(unsupported, "unsupported hash type " + name);
                long dklen = p[4] == null || p[4] == PyNone.INSTANCE ? e.digestSize() : ModuleSupport.ssize(p[4]);
                if (dklen < 1) throw Err.valueError("key length must be greater than 0.");
                if (dklen > Integer.MAX_VALUE) throw Err.overflow("key length is too great.");
                return new PyBytes(Digests.pbkdf2(e, password, salt, iterations, (int) dklen));
            });
            return m;
        }

        private static Digests.Engine digestmod(PyObject d, PyDict constructors, PyType unsupported) {
            String name = null;
            if (d instanceof PyStr) name = ((PyStr) d).value;
            else {
                PyObject n = constructors.get(d);
                if (n instanceof PyStr) name = ((PyStr) n).value;
            }
            Digests.Engine e = name == null ? null : Digests.forName(name);
            if (e == null || e.isXof()) throw Err.make(unsupported, "Unsupported digestmod " + Ops.repr(d));
            return e;
        }
    }

    /** _operator._compare_digest's rules (hmac.compare_digest). */
    static boolean compareDigest(PyObject a, PyObject b) {
        byte[] x, y;
        if (a instanceof PyStr && b instanceof PyStr) {
            String s = ((PyStr) a).value, t = ((PyStr) b).value;
            for (String u : new String[]{s, t}) {
                for (int i = 0; i < u.length(); i++) {
                    if (u.charAt(i) > 127) throw Err.typeError("comparing strings with non-ASCII characters is not supported");
                }
            }
            x = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            x = Buffers.bytesOrNull(a);
            y = Buffers.bytesOrNull(b);
            if (x == null || y == null || a instanceof PyStr || b instanceof PyStr) {
                throw Err.typeError("unsupported operand types(s) or combination of types: '" + a.type().name + "' and '" + b.type().name + "'");
            }
        }
        return java.security.MessageDigest.isEqual(x, y);
    }
}
