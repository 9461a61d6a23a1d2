package org.herthon.interpreter.runtime.codec;

import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * One interpreter's codec registry, as CPython's: the search functions ({@code codecs.register}),
 * the cache of CodecInfo tuples by normalised name, and the error handlers registered by name.
 * The first lookup imports the stdlib's {@code encodings} package, which registers its search
 * function (CPython does that at start-up). Code that has no interpreter at hand (str.encode,
 * bytes.decode) finds the registry of the interpreter running on its thread with {@link #current}.
 */
public final class CodecRegistry {
    private static final ThreadLocal<CodecRegistry> CURRENT = new ThreadLocal<>();

    private final Interpreter in;
    private final List<PyObject> searchFunctions = new ArrayList<>();
    private final PyDict cache = new PyDict();
    private final PyDict errorHandlers = new PyDict();
    private boolean initialized;

    public CodecRegistry(Interpreter in) {
        this.in = in;
        enter();
        for (String h : new String[]{"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"}) {
            String fname = h.startsWith("surrogate") ? h : h + "_errors";
            PyBuiltinFunction f = PyBuiltinFunction.of1(fname, exc -> callBuiltin(h, exc));
            f.module = PyStr.of("_codecs");
            errorHandlers.putStr(h, f);
        }
    }

    /** Makes this the registry of the calling thread (the interpreter runs code on it). */
    public void enter() {
        if (CURRENT.get() != this) CURRENT.set(this);
    }

    /** The interpreter this registry belongs to. */
    public Interpreter interpreter() { return in; }

    /** The registry of the interpreter running on this thread, or null outside one. */
    public static CodecRegistry current() {
        return CURRENT.get();
    }

    private static CodecRegistry require(String encoding) {
        CodecRegistry r = CURRENT.get();
        if (r == null) throw Err.make(PyExc.LookupError, "unknown encoding: " + encoding);
        return r;
    }

    /**
     * CPython's normalisation of an encoding name before the search functions see it: lower case,
     * every run of characters other than ASCII letters, digits and '.' becomes one '_' (none at the ends).
     */
    public static String normalizeName(String encoding) {
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        byte[] utf8 = encoding.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : utf8) {
            int c = b & 0xff;
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (alnum || c == '.') {
                if (punct && sb.length() > 0) sb.append('_');
                punct = false;
                sb.append(Character.toLowerCase((char) c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    private void init() {
        if (initialized) return;
        initialized = true;
        try {
            in.importAbsolute("encodings");
        } catch (PyException e) {
            // no standard library on sys.path: only the search functions registered by hand
        }
    }

    // ---- search functions ---------------------------------------------------------------------
    public void register(PyObject search) {
        if (!Ops.isCallable(search)) throw Err.typeError("argument must be callable");
        searchFunctions.add(search);
    }

    public void unregister(PyObject search) {
        for (int i = 0; i < searchFunctions.size(); i++) {
            if (searchFunctions.get(i) == search) {
                searchFunctions.remove(i);
                cache.clear();
                return;
            }
        }
    }

    /** codecs.lookup: the CodecInfo (a 4-tuple or more) for encoding; LookupError if no search function knows it. */
    public PyObject lookup(String encoding) {
        if (encoding.indexOf('\0') >= 0) throw Err.valueError("embedded null character");
        init();
        String key = normalizeName(encoding);
        PyObject hit = cache.getStr(key);
        if (hit != null) return hit;
        PyStr k = PyStr.of(key);
        for (PyObject f : new ArrayList<>(searchFunctions)) {
            PyObject r = f.call1(k);
            if (r == PyNone.INSTANCE) continue;
            if (!(r instanceof PyTuple) || ((PyTuple) r).items.length != 4) throw Err.typeError("codec search functions must return 4-tuples");
            cache.putStr(key, r);
            return r;
        }
        throw Err.make(PyExc.LookupError, "unknown encoding: " + encoding);
    }

    private static PyObject item(PyObject info, int i) {
        return ((PyTuple) info).items[i];
    }

    /**
     * CPython's wrap_codec_error: an exception of a plain type (no fields or attributes of its own)
     * raised by a codec becomes a copy saying which codec failed, caused by the original.
     */
    private static PyException wrap(PyException e, String operation, String encoding) {
        PyBaseException x = e.exc;
        PyType t = x.type();
        if (!t.builtin || t.isSubtypeOf(PyExc.UnicodeError) || t.isSubtypeOf(PyExc.OSError) || t.isSubtypeOf(PyExc.SyntaxError)
                || t.isSubtypeOf(PyExc.ImportError) || t.isSubtypeOf(PyExc.StopIteration) || t.isSubtypeOf(PyExc.SystemExit)
                || t.isSubtypeOf(PyExc.AttributeError) || t.isSubtypeOf(PyExc.NameError) || x.getDict().size() != 0) {
            return e;
        }
        PyException w = Err.make(t, operation + " with '" + encoding + "' codec failed (" + t.name + ": " + x.pyStr() + ")");
        w.exc.cause = x;
        w.exc.suppressContext = true;
        w.exc.traceback = x.traceback;
        return w;
    }

    private static PyObject call(PyObject fn, PyObject obj, String errors, String operation, String encoding) {
        try {
            return fn.call2(obj, PyStr.of(errors));
        } catch (PyException e) {
            throw wrap(e, operation, encoding);
        }
    }

    /** codecs.encode(obj, encoding, errors): any object, any result. */
    public PyObject encode(PyObject obj, String encoding, String errors) {
        PyObject r = call(item(lookup(encoding), 0), obj, errors, "encoding", encoding);
        if (!(r instanceof PyTuple) || ((PyTuple) r).items.length != 2) throw Err.typeError("encoder must return a tuple (object, integer)");
        return ((PyTuple) r).items[0];
    }

    /** codecs.decode(obj, encoding, errors). */
    public PyObject decode(PyObject obj, String encoding, String errors) {
        PyObject r = call(item(lookup(encoding), 1), obj, errors, "decoding", encoding);
        if (!(r instanceof PyTuple) || ((PyTuple) r).items.length != 2) throw Err.typeError("decoder must return a tuple (object,integer)");
        return ((PyTuple) r).items[0];
    }

    private PyObject textCodec(String encoding, String use) {
        PyObject info = lookup(encoding);
        PyObject text = Ops.getAttrOrNull(info, "_is_text_encoding");
        if (text != null && !Ops.isTrue(text)) {
            throw Err.make(PyExc.LookupError, "'" + encoding + "' is not a text encoding; use " + use + "() to handle arbitrary codecs");
        }
        return info;
    }

    /** str.encode with a codec that is not built in. */
    public static byte[] encodeText(String s, String encoding, String errors) {
        CodecRegistry reg = require(encoding);
        PyObject info = reg.textCodec(encoding, "codecs.encode");
        PyObject r = call(item(info, 0), PyStr.of(s), errors, "encoding", encoding);
        if (!(r instanceof PyTuple) || ((PyTuple) r).items.length != 2) throw Err.typeError("encoder must return a tuple (object, integer)");
        PyObject v = ((PyTuple) r).items[0];
        if (v instanceof PyBytes) return ((PyBytes) v).data;
        if (v instanceof PyByteArray) return java.util.Arrays.copyOf(((PyByteArray) v).data, ((PyByteArray) v).size);
        throw Err.typeError("'" + encoding + "' encoder returned '" + v.type().name + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    /** bytes.decode with a codec that is not built in. */
    public static String decodeText(byte[] data, String encoding, String errors) {
        CodecRegistry reg = require(encoding);
        PyObject info = reg.textCodec(encoding, "codecs.decode");
        PyObject r = call(item(info, 1), new PyBytes(data), errors, "decoding", encoding);
        if (!(r instanceof PyTuple) || ((PyTuple) r).items.length != 2) throw Err.typeError("decoder must return a tuple (object,integer)");
        PyObject v = ((PyTuple) r).items[0];
        if (v instanceof PyStr) return ((PyStr) v).value;
        throw Err.typeError("'" + encoding + "' decoder returned '" + v.type().name + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    // ---- error handlers -----------------------------------------------------------------------
    public void registerError(String name, PyObject handler) {
        if (!Ops.isCallable(handler)) throw Err.typeError("handler must be callable");
        errorHandlers.putStr(name, handler);
    }

    public PyObject lookupError(String name) {
        PyObject h = errorHandlers.getStr(name);
        if (h == null) throw Err.make(PyExc.LookupError, "unknown error handler name '" + name + "'");
        return h;
    }

    /** The handler registered as name in this thread's interpreter (LookupError if none). */
    static PyObject handler(String name) {
        CodecRegistry r = CURRENT.get();
        if (r == null) throw Err.make(PyExc.LookupError, "unknown error handler name '" + name + "'");
        return r.lookupError(name);
    }

    private static int clampedAttr(PyBaseException e, String name) {
        PyObject v = e.attr(name);
        if (v == null) throw Err.typeError(name + " attribute not set");
        return (int) Ops.index(v);
    }

    /** The built-in handler (strict_errors, replace_errors, ...) called with an exception. */
    private static PyObject callBuiltin(String h, PyObject exc) {
        if (!(exc instanceof PyBaseException)) {
            if (h.equals("strict")) throw Err.typeError("codec must pass exception instance");
            throw Err.typeError("don't know how to handle " + exc.type().name + " in error callback");
        }
        PyBaseException e = (PyBaseException) exc;
        if (h.equals("strict")) throw new PyException(e);
        PyType t = e.type();
        boolean enc = t.isSubtypeOf(PyExc.UnicodeEncodeError), dec = t.isSubtypeOf(PyExc.UnicodeDecodeError),
                tr = t.isSubtypeOf(PyExc.UnicodeTranslateError);
        boolean ok = enc || dec && !h.equals("xmlcharrefreplace") && !h.equals("namereplace")
                || tr && (h.equals("ignore") || h.equals("replace") || h.equals("backslashreplace"));
        if (!ok) throw Err.typeError("don't know how to handle " + t.name + " in error callback");
        PyObject obj = e.attr("object");
        PyObject encoding = e.attr("encoding");
        String encName = encoding instanceof PyStr ? ((PyStr) encoding).value : null;
        int start = clampedAttr(e, "start"), end = clampedAttr(e, "end");
        Codecs.Repl r;
        if (dec) {
            byte[] data = BytesMethods.bufferOrNull(obj);
            if (data == null) throw Err.typeError("object attribute must be bytes");
            start = Math.max(0, Math.min(start, data.length - 1));
            end = Math.max(1, Math.min(end, data.length));
            r = Codecs.builtinDecode(h, encName, data, start, end, () -> new PyException(e));
        } else {
            if (!(obj instanceof PyStr)) throw Err.typeError("object attribute must be unicode");
            int[] cps = ((PyStr) obj).codePoints();
            start = Math.max(0, Math.min(start, cps.length - 1));
            end = Math.max(1, Math.min(end, cps.length));
            if (tr && h.equals("replace")) {
                r = new Codecs.Repl("\ufffd".repeat(Math.max(0, end - start)), end);
            } else {
                r = Codecs.builtinEncode(h, encName, cps, start, end, () -> new PyException(e));
            }
        }
        PyObject v = r.value instanceof byte[] ? new PyBytes((byte[]) r.value) : PyStr.of((String) r.value);
        return new PyTuple(v, PyInt.of(r.pos));
    }
}
